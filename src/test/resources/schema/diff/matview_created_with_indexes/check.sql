REFRESH MATERIALIZED VIEW CONCURRENTLY reports.customer_totals;
DO $$
BEGIN
    IF (SELECT total FROM reports.customer_totals WHERE customer = 'ada') IS DISTINCT FROM 30::numeric THEN
        RAISE EXCEPTION 'orders lost or the materialized view is not populated';
    END IF;
END $$;
