CREATE TABLE accounts (
    id integer PRIMARY KEY,
    username text NOT NULL,
    email text NOT NULL UNIQUE,
    phone text,
    CONSTRAINT accounts_phone_key UNIQUE NULLS NOT DISTINCT (phone)
);
