DO $$
BEGIN
    IF (SELECT count(*) FROM bookings) <> 1 THEN
        RAISE EXCEPTION 'bookings lost';
    END IF;
END $$;
