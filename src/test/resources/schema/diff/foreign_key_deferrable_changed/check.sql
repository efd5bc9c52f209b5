DO $$
BEGIN
    IF (SELECT count(*) FROM reviews) <> 1 OR (SELECT count(*) FROM books) <> 1 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
END $$;
