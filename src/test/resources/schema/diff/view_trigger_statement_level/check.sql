UPDATE people_view SET name = 'ada lovelace' WHERE id = 1;
DO $$
BEGIN
    IF (SELECT count(*) FROM people) <> 2 OR (SELECT count(*) FROM audit WHERE what = 'UPDATE on people_view') <> 1 THEN
        RAISE EXCEPTION 'people lost or the statement trigger on the view did not fire';
    END IF;
END $$;
