-- The old row keeps its value, a new one takes the default from the function as the target has it.
INSERT INTO wallets (id) VALUES (2);
DO $$
DECLARE
    credits text := (SELECT string_agg(credit::text, ',' ORDER BY id) FROM wallets);
BEGIN
    IF pg_get_function_result('starting_credit()'::regprocedure) <> 'bigint' OR credits IS DISTINCT FROM '5,100' THEN
        RAISE EXCEPTION 'function not widened, wallets lost or default gone: %', credits;
    END IF;
END $$;
