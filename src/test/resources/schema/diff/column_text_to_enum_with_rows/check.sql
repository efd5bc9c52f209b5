DO $$
BEGIN
    IF (SELECT string_agg(priority::text, ',' ORDER BY id) FROM tickets) IS DISTINCT FROM 'low,high,normal' THEN
        RAISE EXCEPTION 'priorities lost';
    END IF;
END $$;
