CREATE TABLE counters (name text PRIMARY KEY, value integer NOT NULL DEFAULT 0);
CREATE PROCEDURE bump(counter text) LANGUAGE sql AS $$ UPDATE counters SET value = value + 1 WHERE name = counter $$;
