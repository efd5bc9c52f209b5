-- Roles belong to the cluster: made if missing, never dropped.
DO $$ BEGIN CREATE ROLE strata_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_test_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_read ON notes FOR SELECT TO strata_test_reader USING (true);
CREATE POLICY notes_write ON notes FOR UPDATE TO strata_test_writer
    USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY notes_delete ON notes FOR DELETE TO strata_test_writer USING (owner = current_user);
CREATE TABLE archive (id integer PRIMARY KEY, owner text);
ALTER TABLE archive ENABLE ROW LEVEL SECURITY;
ALTER TABLE archive FORCE ROW LEVEL SECURITY;
CREATE POLICY archive_owner ON archive USING (owner = current_user);
GRANT SELECT ON archive TO strata_test_reader;
