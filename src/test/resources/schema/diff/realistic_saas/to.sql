DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE SCHEMA app;

CREATE TABLE app.tenants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'free' CONSTRAINT tenants_plan_check CHECK (plan IN ('free', 'pro', 'enterprise')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz
);

CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER tenants_touch BEFORE UPDATE ON app.tenants FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE TABLE app.members (
    tenant_id uuid NOT NULL REFERENCES app.tenants (id) ON DELETE CASCADE,
    user_name text NOT NULL,
    role text NOT NULL DEFAULT 'member',
    invited_at timestamptz,
    PRIMARY KEY (tenant_id, user_name)
);
ALTER TABLE app.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.members FORCE ROW LEVEL SECURITY;
CREATE POLICY members_self ON app.members FOR SELECT USING (user_name = current_user OR role = 'owner');

CREATE FUNCTION app.member_count(t uuid) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM app.members WHERE tenant_id = t $$;

CREATE TABLE public.audit_log (
    id bigserial PRIMARY KEY,
    tenant_id uuid,
    at timestamptz NOT NULL DEFAULT now(),
    action text NOT NULL
);
CREATE INDEX audit_log_tenant_at_idx ON public.audit_log (tenant_id, at DESC);
COMMENT ON TABLE public.audit_log IS 'Append only';

GRANT SELECT ON app.tenants TO strata_fixture_reader;
GRANT SELECT ON app.members TO strata_fixture_reader;
GRANT INSERT ON public.audit_log TO strata_fixture_writer;
