-- Temporal's visibility schema: a generated column computed by a function of the schema.
CREATE FUNCTION convert_ts(s varchar) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$
    SELECT to_timestamp(s, 'YYYY-MM-DD"T"HH24:MI:SS')::timestamp
$$;

CREATE TABLE executions (
    id text PRIMARY KEY,
    started varchar,
    started_at timestamp GENERATED ALWAYS AS (convert_ts(started)) STORED
);

CREATE TABLE kept (
    id integer PRIMARY KEY
);

INSERT INTO kept VALUES (1);
