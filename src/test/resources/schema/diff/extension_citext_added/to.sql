-- The extension's own functions and operators land in public: they are not user routines to diff.
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    handle citext UNIQUE
);
