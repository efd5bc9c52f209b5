-- One release of a multi-tenant app: an enum value added, a column widened under a view,
-- a new table with a composite key and foreign keys, a policy changed, a trigger, comments and
-- grants, an index replaced.
DO $$ BEGIN CREATE ROLE strata_test_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA app;
CREATE TYPE app.plan AS ENUM ('free', 'starter', 'team', 'enterprise');
CREATE TABLE app.tenants (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    plan app.plan NOT NULL DEFAULT 'starter',
    created_at timestamptz NOT NULL DEFAULT now(),
    settings jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE app.tenants IS 'One row per customer organisation';
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
    title varchar(200) NOT NULL,
    archived boolean NOT NULL DEFAULT false,
    updated_at timestamptz
);
CREATE INDEX projects_tenant_title_idx ON app.projects (tenant_id, lower(title)) WHERE NOT archived;
ALTER TABLE app.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON app.projects USING (tenant_id = current_setting('app.tenant', true)::bigint);
CREATE VIEW app.active_projects AS SELECT id, tenant_id, title FROM app.projects WHERE NOT archived;
CREATE TABLE app.memberships (
    project_id bigint NOT NULL REFERENCES app.projects ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES app.users ON DELETE CASCADE,
    role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'owner')),
    PRIMARY KEY (project_id, user_id)
);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER projects_touch BEFORE UPDATE ON app.projects FOR EACH ROW EXECUTE FUNCTION app.touch();
GRANT USAGE ON SCHEMA app TO strata_test_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON app.projects TO strata_test_app;
GRANT SELECT ON app.active_projects TO strata_test_app;
GRANT SELECT, INSERT, DELETE ON app.memberships TO strata_test_app;
