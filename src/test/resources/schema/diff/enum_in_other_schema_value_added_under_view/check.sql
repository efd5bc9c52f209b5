DO $$
BEGIN
    IF (SELECT size::text FROM shop.shirts WHERE id = 1) IS DISTINCT FROM 'm' THEN
        RAISE EXCEPTION 'shirts lost';
    END IF;
END $$;
