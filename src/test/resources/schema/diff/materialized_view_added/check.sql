DO $$
BEGIN
    IF (SELECT total FROM sales_by_region WHERE region = 'north') IS DISTINCT FROM 15.00 THEN
        RAISE EXCEPTION 'sales lost or the materialized view is not populated';
    END IF;
END $$;
