-- A procedure gains an argument with a default (a new signature: the old one dropped).
CREATE TABLE counters (name text PRIMARY KEY, value integer NOT NULL DEFAULT 0);
CREATE PROCEDURE bump(counter text, step integer DEFAULT 1) LANGUAGE sql AS $$ UPDATE counters SET value = value + step WHERE name = counter $$;
