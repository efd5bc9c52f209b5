-- A new table numbered by a sequence of its own name (not the one serial would give it), OWNED BY
-- its column: the sequence is created first, the table with its default, then the ownership.
CREATE TABLE accounts (id integer PRIMARY KEY);

CREATE SEQUENCE ledger_numbers AS bigint START WITH 1000;
CREATE TABLE ledger (
    number bigint PRIMARY KEY DEFAULT nextval('ledger_numbers'),
    account integer NOT NULL REFERENCES accounts
);
ALTER SEQUENCE ledger_numbers OWNED BY ledger.number;
