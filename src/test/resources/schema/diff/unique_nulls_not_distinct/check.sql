DO $$
BEGIN
    IF (SELECT count(*) FROM handles) <> 2 THEN
        RAISE EXCEPTION 'handles lost';
    END IF;
END $$;
