-- A renamed column keeps its rows; its privilege follows the new name.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    full_name text,
    password_hash text
);

GRANT SELECT (id, full_name) ON users TO strata_fixture_reader;
