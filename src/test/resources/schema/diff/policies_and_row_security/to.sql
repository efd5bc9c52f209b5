-- notes: security forced; notes_read altered in place (roles and USING); notes_write loses its
-- WITH CHECK and notes_delete becomes ALL (both dropped and created); notes_insert comes.
-- archive goes with its security, policy and grant; shared comes with its own.
DO $$ BEGIN CREATE ROLE strata_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_test_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT TO strata_test_reader, strata_test_writer USING (body IS NOT NULL);
CREATE POLICY notes_write ON notes FOR UPDATE TO strata_test_writer USING (owner = current_user);
CREATE POLICY notes_delete ON notes FOR ALL TO strata_test_writer USING (owner = current_user);
CREATE POLICY notes_insert ON notes AS RESTRICTIVE FOR INSERT WITH CHECK (owner = current_user);
CREATE TABLE shared (id integer PRIMARY KEY);
ALTER TABLE shared ENABLE ROW LEVEL SECURITY;
CREATE POLICY shared_all ON shared TO strata_test_reader USING (id > 0);
