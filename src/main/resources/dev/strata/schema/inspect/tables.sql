-- Ordinary and partitioned tables (not partitions, not an extension's), with RLS flags and comment.
SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security, obj_description(c.oid, 'pg_class') AS comment
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
