-- A domain's check renamed, and the domain becomes NOT NULL.
CREATE DOMAIN email AS text NOT NULL CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE TABLE contacts (id integer PRIMARY KEY, email email);
