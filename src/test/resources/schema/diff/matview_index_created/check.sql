REFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_region;
DO $$
BEGIN
    IF (SELECT total FROM sales_by_region WHERE region = 'north') IS DISTINCT FROM 15.00 THEN
        RAISE EXCEPTION 'the materialized view lost its rows';
    END IF;
END $$;
