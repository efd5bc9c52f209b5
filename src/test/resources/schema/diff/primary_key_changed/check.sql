DO $$
BEGIN
    IF (SELECT count(*) FROM memberships) <> 3 THEN
        RAISE EXCEPTION 'memberships lost';
    END IF;
END $$;
