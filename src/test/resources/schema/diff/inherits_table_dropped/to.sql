-- The child goes with its rows: destructive, and it is dropped before anything of its parent.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL
);
