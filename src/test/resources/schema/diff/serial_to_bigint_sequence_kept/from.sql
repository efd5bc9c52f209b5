-- Harbor 2.16's robot table: a serial column with rows.
CREATE TABLE robots (
    id serial PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO robots (name) VALUES ('one'), ('two'), ('three');
