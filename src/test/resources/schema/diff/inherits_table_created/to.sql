-- A child table with INHERITS: only its own columns are written, the parent's come with it.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE trucks (
    payload_kg integer NOT NULL
) INHERITS (vehicles);
