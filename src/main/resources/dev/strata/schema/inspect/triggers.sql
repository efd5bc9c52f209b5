-- User triggers on tables and views in the schemas given as the one parameter (text[]): not the
-- internal ones behind foreign keys, not a partition's clones of its parent's triggers
-- (tgparentid), and none on a table or view that belongs to an extension. firing: tgenabled
-- (O as created, D disabled, R replica only, A always), which pg_get_triggerdef leaves out.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       t.tgname AS name,
       pg_get_triggerdef(t.oid) AS definition,
       t.tgenabled::text AS firing
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND c.relkind IN ('r', 'p', 'v')
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname, t.tgname
