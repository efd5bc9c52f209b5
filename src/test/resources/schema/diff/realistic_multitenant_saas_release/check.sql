UPDATE app.projects SET title = 'Launch 2' WHERE id = 1;
DO $$
BEGIN
    IF (SELECT count(*) FROM app.tenants WHERE plan = 'free') <> 1 OR (SELECT count(*) FROM app.users) <> 1
            OR (SELECT updated_at FROM app.projects WHERE id = 1) IS NULL THEN
        RAISE EXCEPTION 'rows lost or the trigger does not fire';
    END IF;
END $$;
