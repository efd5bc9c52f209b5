CREATE FUNCTION whoami() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_user::text $$;
