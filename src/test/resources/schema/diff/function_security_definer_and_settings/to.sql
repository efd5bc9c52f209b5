-- A function becomes SECURITY DEFINER with its own search_path, a cost and PARALLEL SAFE.
CREATE FUNCTION whoami() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE COST 5
    SET search_path = pg_catalog, public AS $$ SELECT current_user::text $$;
