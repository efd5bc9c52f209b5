-- Column privileges of several kinds: UPDATE on two columns, REFERENCES on one, SELECT widened.
DO $$ BEGIN CREATE ROLE strata_test_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE profiles (id integer PRIMARY KEY, name text, bio text, avatar text);
GRANT SELECT (id, name, bio) ON profiles TO strata_test_writer;
GRANT UPDATE (bio, avatar) ON profiles TO strata_test_writer;
GRANT REFERENCES (id) ON profiles TO strata_test_writer;
