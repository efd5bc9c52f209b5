-- A column added to the parent reaches the child by itself: it is added once, on the parent.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL,
    wheels integer NOT NULL DEFAULT 4
);

CREATE TABLE trucks (
    payload_kg integer NOT NULL
) INHERITS (vehicles);
