-- A schema goes with its sequence, table, view and function: each dropped in order, then the schema.
CREATE TABLE placeholder (id integer PRIMARY KEY);
