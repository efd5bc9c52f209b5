DO $$
BEGIN
    IF (SELECT count(*) FROM tickets) <> 2 THEN
        RAISE EXCEPTION 'tickets lost';
    END IF;
    IF (SELECT last_value FROM ticket_numbers) < 2 THEN
        RAISE EXCEPTION 'the sequence was dropped and created again, losing its position';
    END IF;
END $$;
