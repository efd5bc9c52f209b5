DO $$
BEGIN
    IF (SELECT count(*) FROM shipments) <> 1 THEN
        RAISE EXCEPTION 'shipments lost';
    END IF;
END $$;
