-- Only the expression changes (PostgreSQL 15 has no SET EXPRESSION: drop and add the column).
CREATE TABLE people (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    display_name text GENERATED ALWAYS AS (last_name || ', ' || first_name) STORED
);
