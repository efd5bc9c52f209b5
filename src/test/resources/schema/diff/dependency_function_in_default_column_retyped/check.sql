DO $$
DECLARE
    defaulted bigint;
BEGIN
    INSERT INTO scores (id) VALUES (2) RETURNING points INTO defaulted;
    IF defaulted IS DISTINCT FROM 10 OR NOT EXISTS (SELECT FROM scores WHERE id = 1 AND points = 3) THEN
        RAISE EXCEPTION 'scores lost or default gone: %', defaulted;
    END IF;
END $$;
