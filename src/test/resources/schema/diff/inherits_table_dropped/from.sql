CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE trucks (
    payload_kg integer NOT NULL
) INHERITS (vehicles);

INSERT INTO trucks VALUES (1, 'hauler', 9000);
