DO $$
BEGIN
    IF (SELECT count(*) FROM vehicles) <> 1 THEN
        RAISE EXCEPTION 'the truck does not show through vehicles';
    END IF;
END $$;
