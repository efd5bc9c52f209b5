-- A SQL function and a view that calls it: the function first.
CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL
);

CREATE FUNCTION full_name(first text, last text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT first || ' ' || last $$;

CREATE VIEW people_names AS SELECT id, full_name(first_name, last_name) AS name FROM people;
