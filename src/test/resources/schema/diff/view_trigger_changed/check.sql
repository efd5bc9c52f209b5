UPDATE active_people SET name = 'ada lovelace' WHERE id = 1;
DO $$
BEGIN
    IF (SELECT name FROM people WHERE id = 1) IS DISTINCT FROM 'ada lovelace' THEN
        RAISE EXCEPTION 'people lost or the update through the view did not reach the table';
    END IF;
END $$;
