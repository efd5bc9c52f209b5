-- One label replaced at the same position: a rename, and the rows follow it.
CREATE TYPE account_state AS ENUM ('pending', 'active', 'archived');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    state account_state NOT NULL DEFAULT 'pending'
);
