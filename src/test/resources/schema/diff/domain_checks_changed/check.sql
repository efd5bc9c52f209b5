DO $$
BEGIN
    IF (SELECT rate FROM discounts WHERE code = 'spring') IS DISTINCT FROM 15.00 THEN
        RAISE EXCEPTION 'discount lost';
    END IF;
END $$;
