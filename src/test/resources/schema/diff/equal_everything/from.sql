-- Every kind of object, identical on both sides (to.sql is the same text in lower case and
-- other layout): the diff must find nothing, whatever the OIDs and creation details.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA app;

CREATE TYPE public.mood AS ENUM ('happy', 'ok', 'sad');
COMMENT ON TYPE public.mood IS 'How it went';
CREATE SEQUENCE public.invoice_numbers START 1000 INCREMENT 10 CACHE 5;

CREATE TABLE public.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    handle citext NOT NULL UNIQUE,
    email varchar(200) NOT NULL,
    mood public.mood DEFAULT 'ok',
    score numeric(8,2) NOT NULL DEFAULT 0 CHECK (score >= 0),
    name text COLLATE "C",
    created_at timestamptz NOT NULL DEFAULT now(),
    search text GENERATED ALWAYS AS (lower(email)) STORED
);
COMMENT ON TABLE public.users IS 'People who sign in';
COMMENT ON COLUMN public.users.email IS 'Where we write';
CREATE INDEX users_created_idx ON public.users (created_at DESC) INCLUDE (email);
CREATE UNIQUE INDEX users_email_idx ON public.users (lower(email)) WHERE created_at > '2020-01-01';

CREATE TABLE app.invoices (
    id serial PRIMARY KEY,
    number integer NOT NULL DEFAULT nextval('public.invoice_numbers'),
    user_id bigint NOT NULL REFERENCES public.users (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    total numeric(10,2) NOT NULL
);
ALTER TABLE app.invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY invoices_reader ON app.invoices FOR SELECT TO strata_fixture_reader USING (total > 0);
CREATE POLICY invoices_writer ON app.invoices AS RESTRICTIVE FOR INSERT TO strata_fixture_writer WITH CHECK (total < 10000);
GRANT SELECT ON app.invoices TO strata_fixture_reader;
GRANT SELECT, INSERT ON public.users TO strata_fixture_writer WITH GRANT OPTION;

CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.created_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email)
    EXECUTE FUNCTION public.touch();

CREATE FUNCTION app.total_for(u bigint) RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC
    SELECT coalesce(sum(total), 0) FROM app.invoices WHERE user_id = u;
END;

CREATE VIEW public.happy_users WITH (security_invoker = true) AS
    SELECT id, handle FROM public.users WHERE mood = 'happy';
CREATE VIEW app.user_totals AS
    SELECT u.id, u.handle, app.total_for(u.id) AS total FROM public.happy_users u;
CREATE MATERIALIZED VIEW app.mood_counts AS
    SELECT mood, count(*) AS n FROM public.users GROUP BY mood;
