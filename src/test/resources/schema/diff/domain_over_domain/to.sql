-- A domain over another domain, used by a new column.
CREATE DOMAIN positive AS numeric CHECK (VALUE > 0);
CREATE DOMAIN price AS positive CHECK (scale(VALUE) <= 2);
CREATE TABLE prices (id integer PRIMARY KEY, amount positive, list_price price);
