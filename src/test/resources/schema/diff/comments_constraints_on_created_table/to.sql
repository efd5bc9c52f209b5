-- A new table's constraints carry comments: a primary key, a foreign key, a check; each set once
-- its constraint exists.
CREATE TABLE accounts (id integer PRIMARY KEY);

CREATE TABLE transfers (
    id integer CONSTRAINT transfers_pkey PRIMARY KEY,
    account integer NOT NULL CONSTRAINT transfers_account_fkey REFERENCES accounts,
    amount numeric NOT NULL CONSTRAINT transfers_amount_positive CHECK (amount > 0)
);

COMMENT ON CONSTRAINT transfers_pkey ON transfers IS 'one row a transfer';
COMMENT ON CONSTRAINT transfers_account_fkey ON transfers IS 'accounts are never deleted';
COMMENT ON CONSTRAINT transfers_amount_positive ON transfers IS 'refunds are transfers back';
