-- The reader gains the grant option; the writer trades INSERT for UPDATE and DELETE; PUBLIC
-- loses SELECT on docs and gets it on the new table tags.
DO $$ BEGIN CREATE ROLE strata_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_test_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE docs (id integer PRIMARY KEY, body text);
GRANT SELECT ON docs TO strata_test_reader WITH GRANT OPTION;
GRANT UPDATE, DELETE ON docs TO strata_test_writer;
CREATE TABLE tags (id integer PRIMARY KEY);
GRANT SELECT ON tags TO PUBLIC;
