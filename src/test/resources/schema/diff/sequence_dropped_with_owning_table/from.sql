CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE SEQUENCE ledger_numbers AS bigint START WITH 1000;
CREATE TABLE ledger (
    number bigint PRIMARY KEY DEFAULT nextval('ledger_numbers'),
    account integer NOT NULL REFERENCES accounts
);
ALTER SEQUENCE ledger_numbers OWNED BY ledger.number;

INSERT INTO accounts VALUES (1);
INSERT INTO ledger (account) VALUES (1), (1);
