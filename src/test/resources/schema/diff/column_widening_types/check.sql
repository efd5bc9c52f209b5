DO $$
BEGIN
    IF (SELECT count(*) FROM measurements
            WHERE id = 1 AND reading = 1.5 AND code = 'ab' AND label = 'first' AND taken_on = '2024-02-29 00:00:00'
            AND payload = '{"a": 1}'::jsonb AND price = 12345678.91 AND quantity = 7 AND note = 'kept') <> 1 THEN
        RAISE EXCEPTION 'a widened value changed';
    END IF;
END $$;
