-- A multi-tenant service over two schemas: functions, a trigger, RLS with policies and grants change.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE SCHEMA app;

CREATE TABLE app.tenants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'free'
);

CREATE TABLE app.members (
    tenant_id uuid NOT NULL REFERENCES app.tenants (id) ON DELETE CASCADE,
    user_name text NOT NULL,
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (tenant_id, user_name)
);
ALTER TABLE app.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_self ON app.members FOR SELECT USING (user_name = current_user);

CREATE TABLE public.audit_log (
    id bigserial PRIMARY KEY,
    tenant_id uuid,
    at timestamptz NOT NULL DEFAULT now(),
    action text NOT NULL
);

GRANT SELECT ON app.tenants TO strata_fixture_reader;

INSERT INTO app.tenants (id, name, plan) VALUES
    ('00000000-0000-0000-0000-000000000001', 'Acme', 'pro'),
    ('00000000-0000-0000-0000-000000000002', 'Globex', 'free');
INSERT INTO app.members VALUES
    ('00000000-0000-0000-0000-000000000001', 'alice', 'owner'),
    ('00000000-0000-0000-0000-000000000001', 'bob', 'member'),
    ('00000000-0000-0000-0000-000000000002', 'carol', 'owner');
INSERT INTO public.audit_log (tenant_id, action) VALUES ('00000000-0000-0000-0000-000000000001', 'created');
