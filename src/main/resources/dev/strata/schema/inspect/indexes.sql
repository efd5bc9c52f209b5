-- Indexes that do not back a primary key, unique or exclusion constraint, nor are a partition's
-- part of its parent's partitioned index (those come with the parent's); a materialized view's
-- too (on_view), which are the view's.
SELECT n.nspname AS schema, t.relname AS table_name, i.relname AS name,
       pg_get_indexdef(i.oid) AS definition, x.indisunique AS is_unique, t.relkind = 'm' AS on_view
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE t.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = x.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                  WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                    AND con.contype IN ('p', 'u', 'x'))
ORDER BY 1, 2, 3
