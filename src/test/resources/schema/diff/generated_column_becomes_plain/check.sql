DO $$
BEGIN
    IF (SELECT area FROM boxes WHERE id = 1) IS DISTINCT FROM 10 THEN
        RAISE EXCEPTION 'area lost';
    END IF;
END $$;
