REFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_region;
DO $$
BEGIN
    IF (SELECT sales FROM sales_by_region WHERE region = 'north') IS DISTINCT FROM 2::bigint THEN
        RAISE EXCEPTION 'the rebuilt materialized view is not populated from the kept rows';
    END IF;
END $$;
