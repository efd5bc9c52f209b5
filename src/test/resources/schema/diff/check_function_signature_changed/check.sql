DO $$
BEGIN
    IF (SELECT count(*) FROM parcels) <> 2 THEN
        RAISE EXCEPTION 'parcels lost';
    END IF;
END $$;
