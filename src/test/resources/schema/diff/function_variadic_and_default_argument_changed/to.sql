-- A parameter default changes (not allowed by CREATE OR REPLACE: dropped and created) and a
-- VARIADIC function's body changes (replaced).
CREATE FUNCTION greet(name text, greeting text DEFAULT 'Hi') RETURNS text LANGUAGE sql IMMUTABLE RETURN greeting || ', ' || name;
CREATE FUNCTION total(VARIADIC xs integer[]) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(sum(x), 0)::integer FROM unnest(xs) x $$;
