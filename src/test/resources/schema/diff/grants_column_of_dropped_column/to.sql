-- A column with a privilege is dropped; the way back grants it again.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text
);

GRANT SELECT (id) ON users TO strata_fixture_reader;
