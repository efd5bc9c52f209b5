DO $$ BEGIN CREATE ROLE strata_test_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily (day date PRIMARY KEY, visits integer);
GRANT USAGE ON SCHEMA reporting TO strata_test_app;
