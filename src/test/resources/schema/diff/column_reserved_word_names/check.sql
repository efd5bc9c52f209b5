DO $$
BEGIN
    IF (SELECT count(*) FROM "order" WHERE "select" = 'a' AND "group" = 'all') <> 1 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
END $$;
