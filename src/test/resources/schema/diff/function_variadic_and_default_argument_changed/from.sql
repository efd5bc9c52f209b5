CREATE FUNCTION greet(name text, greeting text DEFAULT 'Hello') RETURNS text LANGUAGE sql IMMUTABLE RETURN greeting || ', ' || name;
CREATE FUNCTION total(VARIADIC xs integer[]) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT sum(x)::integer FROM unnest(xs) x $$;
