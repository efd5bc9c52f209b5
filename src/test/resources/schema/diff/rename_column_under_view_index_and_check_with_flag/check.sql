DO $$
BEGIN
    IF (SELECT surname FROM staff_names WHERE id = 1) IS DISTINCT FROM 'Hopper' THEN
        RAISE EXCEPTION 'staff lost';
    END IF;
END $$;
