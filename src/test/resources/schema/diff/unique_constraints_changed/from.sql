CREATE TABLE accounts (
    id integer PRIMARY KEY,
    username text NOT NULL UNIQUE,
    email text NOT NULL,
    phone text
);
