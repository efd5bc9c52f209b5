-- A renamed constraint keeps its comment.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL CONSTRAINT accounts_email_key UNIQUE,
    balance numeric NOT NULL CONSTRAINT balance_not_negative CHECK (balance >= 0)
);

COMMENT ON CONSTRAINT balance_not_negative ON accounts IS 'No overdraft';
