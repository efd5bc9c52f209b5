UPDATE issues SET state = 'closed' WHERE id = 1;
DO $$
BEGIN
    IF (SELECT count(*) FROM issues WHERE closed_at IS NOT NULL) <> 2 THEN
        RAISE EXCEPTION 'issues lost or trigger gone';
    END IF;
END $$;
