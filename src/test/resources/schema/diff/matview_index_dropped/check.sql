DO $$
BEGIN
    IF (SELECT sum(n) FROM daily_events) IS DISTINCT FROM 3::bigint THEN
        RAISE EXCEPTION 'the materialized view lost its rows';
    END IF;
END $$;
