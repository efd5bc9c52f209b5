-- A composite type whose attribute is a domain: the domain first.
CREATE SCHEMA billing;

CREATE DOMAIN billing.cents AS bigint NOT NULL CHECK (VALUE >= 0);
CREATE TYPE billing.line AS (description text, amount billing.cents);
CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    lines billing.line[] NOT NULL
);
