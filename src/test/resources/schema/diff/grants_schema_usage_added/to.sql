-- USAGE and CREATE on a schema granted.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;

GRANT USAGE ON SCHEMA app TO strata_fixture_reader;
GRANT USAGE, CREATE ON SCHEMA app TO strata_fixture_writer;
