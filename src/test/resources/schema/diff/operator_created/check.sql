DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM users WHERE id = 1 AND is_admin AND ## 9 = 4) THEN
        RAISE EXCEPTION 'the admin row is gone or the operators do not work';
    END IF;
END $$;
