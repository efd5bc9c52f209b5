DO $$
BEGIN
    IF (SELECT count(*) FROM users WHERE active AND bio IS NULL AND created_at IS NOT NULL) <> 2
            OR (SELECT string_agg(email, ',' ORDER BY id) FROM users) IS DISTINCT FROM 'ada@example.com,alan@example.com' THEN
        RAISE EXCEPTION 'rows lost or new columns not filled from their defaults';
    END IF;
END $$;
