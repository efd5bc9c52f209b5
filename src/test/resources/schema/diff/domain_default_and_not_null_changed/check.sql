DO $$
BEGIN
    IF (SELECT status FROM jobs WHERE id = 1) IS DISTINCT FROM 3::smallint THEN
        RAISE EXCEPTION 'job status lost';
    END IF;
END $$;
