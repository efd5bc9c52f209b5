-- A function whose argument and result are a new domain: the domain comes first.
CREATE TABLE t (
    id integer PRIMARY KEY
);

CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);

CREATE FUNCTION add_tax(amount cents) RETURNS cents LANGUAGE sql IMMUTABLE AS $$ SELECT (amount * 119 / 100)::cents $$;
