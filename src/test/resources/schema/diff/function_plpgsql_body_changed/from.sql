CREATE TABLE counters (
    name text PRIMARY KEY,
    value integer NOT NULL DEFAULT 0
);

CREATE FUNCTION bump(counter text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    result integer;
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = counter RETURNING value INTO result;
    RETURN result;
END $$;
