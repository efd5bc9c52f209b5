CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE trucks (
    id integer NOT NULL,
    name text NOT NULL,
    payload_kg integer NOT NULL
);

INSERT INTO trucks VALUES (1, 'hauler', 9000);
