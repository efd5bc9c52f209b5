-- An existing table starts inheriting: INHERIT, and its rows show through the parent.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE trucks (
    payload_kg integer NOT NULL
) INHERITS (vehicles);
