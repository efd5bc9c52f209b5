-- ALL PRIVILEGES on a table (every privilege, TRUNCATE and TRIGGER among them).
DO $$ BEGIN CREATE ROLE strata_test_admin NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE settings (key text PRIMARY KEY, value text);
GRANT ALL PRIVILEGES ON settings TO strata_test_admin;
