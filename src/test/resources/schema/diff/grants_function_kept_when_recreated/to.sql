-- The result type changes, so the function is dropped and created: its privileges are set again.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION add_tax(amount numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT (amount * 1.2)::double precision $$;

REVOKE EXECUTE ON FUNCTION add_tax(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_tax(numeric) TO strata_fixture_writer;
