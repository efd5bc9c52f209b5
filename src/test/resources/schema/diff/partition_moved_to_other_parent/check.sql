DO $$
BEGIN
    IF (SELECT count(*) FROM cold) <> 1 THEN
        RAISE EXCEPTION 'the moved rows are not in cold';
    END IF;
END $$;
