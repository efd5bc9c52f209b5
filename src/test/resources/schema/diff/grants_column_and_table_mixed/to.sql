-- A table-wide SELECT narrowed to some columns, and a column grant with grant option.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    password_hash text
);

GRANT SELECT (id, email, name) ON users TO strata_fixture_reader;
GRANT REFERENCES (id) ON users TO strata_fixture_writer WITH GRANT OPTION;
