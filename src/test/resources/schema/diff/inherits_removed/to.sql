-- The child stops inheriting and keeps the columns, rows and nothing of the parent's check.
CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    name text NOT NULL
);
ALTER TABLE vehicles ADD CONSTRAINT vehicles_name_check CHECK (name <> '');

CREATE TABLE trucks (
    id integer NOT NULL,
    name text NOT NULL,
    payload_kg integer NOT NULL
);
