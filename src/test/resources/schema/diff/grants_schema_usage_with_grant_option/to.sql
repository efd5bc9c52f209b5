-- A schema's USAGE gains the grant option, CREATE is granted, and SELECT on its table.
DO $$ BEGIN CREATE ROLE strata_test_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily (day date PRIMARY KEY, visits integer);
GRANT USAGE ON SCHEMA reporting TO strata_test_app WITH GRANT OPTION;
GRANT CREATE ON SCHEMA reporting TO strata_test_app;
GRANT SELECT ON reporting.daily TO strata_test_app;
