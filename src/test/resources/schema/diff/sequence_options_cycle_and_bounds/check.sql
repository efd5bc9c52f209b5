INSERT INTO tickets (id) VALUES (3);
DO $$
BEGIN
    IF (SELECT number FROM tickets WHERE id = 3) <= 2 THEN
        RAISE EXCEPTION 'the sequence restarted';
    END IF;
END $$;
