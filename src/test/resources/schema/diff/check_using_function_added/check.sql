DO $$
BEGIN
    IF (SELECT count(*) FROM parcels) <> 1 THEN
        RAISE EXCEPTION 'parcels lost';
    END IF;
END $$;
