DO $$ BEGIN CREATE ROLE strata_test_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TYPE app.plan AS ENUM ('free', 'team', 'enterprise');
CREATE TABLE app.tenants (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    plan app.plan NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE app.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES app.tenants ON DELETE CASCADE,
    email text NOT NULL,
    name text,
    UNIQUE (tenant_id, email)
);
CREATE TABLE app.projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES app.tenants ON DELETE CASCADE,
    title varchar(100) NOT NULL,
    archived boolean NOT NULL DEFAULT false
);
CREATE INDEX projects_tenant_idx ON app.projects (tenant_id) WHERE NOT archived;
ALTER TABLE app.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON app.projects USING (tenant_id = current_setting('app.tenant')::bigint);
CREATE VIEW app.active_projects AS SELECT id, tenant_id, title FROM app.projects WHERE NOT archived;
GRANT USAGE ON SCHEMA app TO strata_test_app;
GRANT SELECT, INSERT, UPDATE ON app.projects TO strata_test_app;
GRANT SELECT ON app.active_projects TO strata_test_app;
INSERT INTO app.tenants (slug) VALUES ('acme');
INSERT INTO app.users (tenant_id, email) VALUES (1, 'a@acme.test');
INSERT INTO app.projects (tenant_id, title) VALUES (1, 'Launch');
