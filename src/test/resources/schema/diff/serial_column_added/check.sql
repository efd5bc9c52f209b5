DO $$
BEGIN
    IF (SELECT count(DISTINCT id) FROM logs WHERE message IN ('one', 'two', 'three')) <> 3 THEN
        RAISE EXCEPTION 'rows lost or not numbered';
    END IF;
END $$;
