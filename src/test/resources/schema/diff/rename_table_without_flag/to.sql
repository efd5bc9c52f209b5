-- Without --rename a table that disappears is dropped, and that is destructive.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL
);
