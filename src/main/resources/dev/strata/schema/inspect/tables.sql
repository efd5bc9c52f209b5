-- Ordinary and partitioned tables and partitions (not an extension's), with RLS flags, comment,
-- persistence, storage parameters, partition key, a partition's parent and bound, and the
-- parents an inheriting table names (parallel arrays inherits_schemas/inherits_names, in order).
SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security, obj_description(c.oid, 'pg_class') AS comment,
       c.relpersistence = 'u' AS unlogged,
       ARRAY(SELECT o FROM unnest(c.reloptions) AS o ORDER BY o COLLATE "C") AS options,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_by,
       pn.nspname AS partition_of_schema, pc.relname AS partition_of_name,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       ARRAY(SELECT hn.nspname::text FROM pg_inherits h
             JOIN pg_class hc ON hc.oid = h.inhparent JOIN pg_namespace hn ON hn.oid = hc.relnamespace
             WHERE h.inhrelid = c.oid AND NOT c.relispartition ORDER BY h.inhseqno) AS inherits_schemas,
       ARRAY(SELECT hc.relname::text FROM pg_inherits h
             JOIN pg_class hc ON hc.oid = h.inhparent
             WHERE h.inhrelid = c.oid AND NOT c.relispartition ORDER BY h.inhseqno) AS inherits_names
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_inherits p ON c.relispartition AND p.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = p.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
