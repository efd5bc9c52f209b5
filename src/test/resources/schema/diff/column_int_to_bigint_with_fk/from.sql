-- A primary key and the foreign key that references it both widen.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE entries (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    amount integer NOT NULL
);

INSERT INTO accounts VALUES (1, 'cash'), (2, 'bank');
INSERT INTO entries VALUES (1, 1, 100), (2, 2, -50), (3, 1, 2147483647);
