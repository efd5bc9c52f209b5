DO $$ BEGIN CREATE ROLE strata_test_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE profiles (id integer PRIMARY KEY, name text, bio text, avatar text);
GRANT SELECT (id, name) ON profiles TO strata_test_writer;
