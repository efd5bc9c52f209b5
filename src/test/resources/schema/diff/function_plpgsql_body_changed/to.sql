-- Same signature and result, new body: CREATE OR REPLACE, no drop.
CREATE TABLE counters (
    name text PRIMARY KEY,
    value integer NOT NULL DEFAULT 0
);

CREATE FUNCTION bump(counter text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    result integer;
BEGIN
    INSERT INTO counters AS c (name, value) VALUES (counter, 1)
        ON CONFLICT (name) DO UPDATE SET value = c.value + 1
        RETURNING value INTO result;
    RETURN result;
END $$;
