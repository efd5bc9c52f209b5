DO $$
BEGIN
    IF (SELECT count(*) FROM coupons WHERE code LIKE 'C-%') <> 2 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
END $$;
