-- Privileges added and revoked per role, and a grant option taken away.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);

CREATE TABLE audit (
    id integer PRIMARY KEY
);

GRANT SELECT, INSERT ON documents TO strata_fixture_reader;
GRANT SELECT ON documents TO strata_fixture_writer;
GRANT SELECT ON audit TO strata_fixture_reader;
GRANT SELECT, DELETE ON audit TO strata_fixture_writer;
