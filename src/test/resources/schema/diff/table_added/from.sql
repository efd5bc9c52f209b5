-- A new table, with an identity key and a foreign key to an existing table.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);
