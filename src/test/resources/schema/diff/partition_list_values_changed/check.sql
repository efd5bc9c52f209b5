DO $$
BEGIN
    IF (SELECT count(*) FROM customers) <> 2 THEN
        RAISE EXCEPTION 'customers lost';
    END IF;
END $$;
