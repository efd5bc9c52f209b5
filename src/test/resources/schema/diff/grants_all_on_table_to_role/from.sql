DO $$ BEGIN CREATE ROLE strata_test_admin NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE settings (key text PRIMARY KEY, value text);
GRANT SELECT, INSERT ON settings TO strata_test_admin;
