-- A function returning a new composite type: the type is created before the function.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance numeric(12,2) NOT NULL DEFAULT 0
);

CREATE TYPE balance_summary AS (accounts bigint, total numeric);

CREATE FUNCTION summarize() RETURNS balance_summary LANGUAGE sql STABLE
    AS $$ SELECT count(*), coalesce(sum(balance), 0) FROM accounts $$;
