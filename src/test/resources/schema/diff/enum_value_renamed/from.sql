CREATE TYPE account_state AS ENUM ('pending', 'active', 'closed');

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    state account_state NOT NULL DEFAULT 'pending'
);

INSERT INTO accounts VALUES (1, 'active'), (2, 'closed'), (3, 'closed');
