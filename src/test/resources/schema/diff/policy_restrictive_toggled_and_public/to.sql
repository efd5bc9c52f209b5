-- A restrictive policy becomes permissive (dropped and created); another goes from a role to PUBLIC.
DO $$ BEGIN CREATE ROLE strata_test_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE posts (id integer PRIMARY KEY, published boolean NOT NULL DEFAULT false, tenant integer NOT NULL);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_tenant ON posts USING (tenant = 1);
CREATE POLICY posts_read ON posts FOR SELECT TO PUBLIC USING (published);
