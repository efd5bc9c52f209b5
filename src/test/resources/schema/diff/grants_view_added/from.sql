DO $$ BEGIN CREATE ROLE strata_fixture_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE strata_fixture_writer NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL,
    paid boolean NOT NULL DEFAULT false
);

CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE paid;
