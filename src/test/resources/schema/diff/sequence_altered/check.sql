DO $$
BEGIN
    IF nextval('ticket_numbers') <> 105 THEN
        RAISE EXCEPTION 'the sequence lost its position';
    END IF;
END $$;
