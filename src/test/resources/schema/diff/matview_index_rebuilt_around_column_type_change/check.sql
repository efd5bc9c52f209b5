DO $$
BEGIN
    IF (SELECT peak FROM sensor_peaks WHERE sensor = 1) IS DISTINCT FROM 30::bigint THEN
        RAISE EXCEPTION 'readings lost or the materialized view is not populated';
    END IF;
END $$;
