DO $$
BEGIN
    IF (SELECT count(*) FROM overdue) <> 1 THEN
        RAISE EXCEPTION 'loans lost';
    END IF;
END $$;
