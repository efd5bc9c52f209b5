DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM retention_policy WHERE id = 1 AND create_time = current_date + time '10:30:00'
                   AND (update_time AT TIME ZONE 'UTC')::time = time '11:45:00.125') THEN
        RAISE EXCEPTION 'the times of day did not survive';
    END IF;
END $$;
