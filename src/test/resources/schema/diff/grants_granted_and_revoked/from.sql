-- Roles belong to the cluster: made if missing, never dropped.
DO $$ BEGIN CREATE ROLE strata_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_test_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE docs (id integer PRIMARY KEY, body text);
GRANT SELECT ON docs TO strata_test_reader;
GRANT INSERT ON docs TO strata_test_writer;
GRANT SELECT ON docs TO PUBLIC;
