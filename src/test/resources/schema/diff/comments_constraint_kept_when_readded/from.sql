CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL CONSTRAINT accounts_email_key UNIQUE,
    balance numeric NOT NULL CONSTRAINT balance_positive CHECK (balance >= 0)
);

COMMENT ON CONSTRAINT balance_positive ON accounts IS 'No overdraft';
