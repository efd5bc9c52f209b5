DO $$
BEGIN
    IF (SELECT count(*) FROM items) <> 2 THEN
        RAISE EXCEPTION 'items lost';
    END IF;
    UPDATE items SET name = 'uno' WHERE id = 1;
    IF (SELECT updated_at FROM items WHERE id = 1) = '2000-01-01 00:00:00+00' THEN
        RAISE EXCEPTION 'the trigger does not fire';
    END IF;
END $$;
