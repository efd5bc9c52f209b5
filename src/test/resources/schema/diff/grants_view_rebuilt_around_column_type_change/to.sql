-- A column the view reads changes type: the view is rebuilt and keeps its grantable privilege.
DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric(12,2) NOT NULL,
    paid boolean NOT NULL DEFAULT false
);

CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE paid;

GRANT SELECT ON paid_orders TO strata_fixture_reader WITH GRANT OPTION;
