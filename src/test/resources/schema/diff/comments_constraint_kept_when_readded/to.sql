-- The check changes, so the constraint is dropped and added: its comment is set again.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL CONSTRAINT accounts_email_key UNIQUE,
    balance numeric NOT NULL CONSTRAINT balance_positive CHECK (balance >= -100)
);

COMMENT ON CONSTRAINT balance_positive ON accounts IS 'No overdraft';
