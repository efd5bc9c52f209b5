-- EXECUTE on a function and a procedure granted to a role, one WITH GRANT OPTION.
DO $$ BEGIN CREATE ROLE strata_test_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION price(id integer) RETURNS numeric LANGUAGE sql STABLE RETURN id * 1.5;
CREATE PROCEDURE reset_prices() LANGUAGE sql AS $$ SELECT 1 $$;
GRANT EXECUTE ON FUNCTION price(integer) TO strata_test_app WITH GRANT OPTION;
GRANT EXECUTE ON PROCEDURE reset_prices() TO strata_test_app;
