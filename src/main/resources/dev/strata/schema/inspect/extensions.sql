-- Extensions installed into the compared schemas (plpgsql is always there).
SELECT e.extname AS name, n.nspname AS schema, e.extversion AS version
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE n.nspname = ANY (?) AND e.extname <> 'plpgsql'
ORDER BY 1
