DO $$
BEGIN
    IF (SELECT string_agg(priority::text, ',' ORDER BY id) FROM tasks) IS DISTINCT FROM 'low,medium,high'
            OR (SELECT string_agg(coalesce(default_priority::text, '-'), ',' ORDER BY id) FROM task_templates)
                IS DISTINCT FROM 'high,-' THEN
        RAISE EXCEPTION 'tasks or templates lost';
    END IF;
END $$;
