INSERT INTO coupons (id) VALUES (2);
DO $$
BEGIN
    IF (SELECT count(*) FROM coupons WHERE code LIKE 'C-%') <> 2 THEN
        RAISE EXCEPTION 'coupons lost';
    END IF;
END $$;
