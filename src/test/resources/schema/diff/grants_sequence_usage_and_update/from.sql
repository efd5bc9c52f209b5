DO $$ BEGIN CREATE ROLE strata_test_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SEQUENCE order_numbers;
GRANT SELECT ON SEQUENCE order_numbers TO strata_test_app;
