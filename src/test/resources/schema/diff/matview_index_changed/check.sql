DO $$
BEGIN
    IF (SELECT total FROM customer_totals WHERE customer = 'ada') IS DISTINCT FROM 30::numeric THEN
        RAISE EXCEPTION 'the materialized view lost its rows';
    END IF;
END $$;
