UPDATE people_view SET name = 'ADA LOVELACE' WHERE id = 1;
DO $$
BEGIN
    IF (SELECT count(*) FROM people) <> 2 OR (SELECT name FROM people WHERE id = 1) IS DISTINCT FROM 'ada lovelace'
            OR (SELECT count(*) FROM audit WHERE what = 'UPDATE on people_view') <> 1 THEN
        RAISE EXCEPTION 'people lost or the statement trigger on the view did not fire';
    END IF;
END $$;
