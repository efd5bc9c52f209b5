-- A created function that PUBLIC must not run: CREATE FUNCTION gives PUBLIC EXECUTE, so it is revoked.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;

REVOKE ALL ON FUNCTION add_tax(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_tax(numeric) TO strata_fixture_reader;
