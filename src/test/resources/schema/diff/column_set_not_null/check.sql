DO $$
BEGIN
    IF (SELECT count(*) FROM contacts WHERE email LIKE '_@example.com' AND phone LIKE '555-010_') <> 2 THEN
        RAISE EXCEPTION 'contacts lost';
    END IF;
END $$;
