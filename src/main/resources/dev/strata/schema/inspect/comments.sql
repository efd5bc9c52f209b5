-- Comments on constraints, indexes, triggers, policies, sequences, routines, schemas,
-- extensions and the columns of views and materialized views in the schemas given as the one
-- parameter (text[]) (tables, their columns, views and enums carry theirs in their own rows).
-- name is the object's own name, parent the table (or the view, for a view's trigger, a
-- materialized view's index or a view's column) a constraint, trigger, policy or column is on,
-- detail a routine's identity arguments. An extension's comment is left out when it is the one
-- its control file gives it.
WITH compared AS (
    SELECT n.oid, n.nspname FROM pg_namespace n WHERE n.nspname = ANY (?)
), compared_table AS (
    SELECT c.oid, n.nspname, c.relname
    FROM pg_class c
    JOIN compared n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
      AND NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT 'CONSTRAINT' AS kind, t.nspname AS schema, con.conname::text AS name, t.relname::text AS parent,
       NULL::text AS detail, d.description AS comment
FROM pg_constraint con
JOIN compared_table t ON t.oid = con.conrelid
JOIN pg_description d ON d.classoid = 'pg_constraint'::regclass AND d.objoid = con.oid AND d.objsubid = 0
WHERE con.conislocal AND con.conparentid = 0
UNION ALL
SELECT 'INDEX', t.nspname, i.relname, t.relname, NULL, d.description
FROM pg_index x
JOIN compared_table t ON t.oid = x.indrelid
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = i.oid AND d.objsubid = 0
UNION ALL
SELECT 'COLUMN', t.nspname, a.attname, t.relname, NULL, d.description
FROM compared_table t
JOIN pg_class c ON c.oid = t.oid AND c.relkind IN ('v', 'm')
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = t.oid AND d.objsubid = a.attnum
UNION ALL
SELECT 'TRIGGER', t.nspname, tg.tgname, t.relname, NULL, d.description
FROM pg_trigger tg
JOIN compared_table t ON t.oid = tg.tgrelid
JOIN pg_description d ON d.classoid = 'pg_trigger'::regclass AND d.objoid = tg.oid AND d.objsubid = 0
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
UNION ALL
SELECT 'POLICY', t.nspname, p.polname, t.relname, NULL, d.description
FROM pg_policy p
JOIN compared_table t ON t.oid = p.polrelid
JOIN pg_description d ON d.classoid = 'pg_policy'::regclass AND d.objoid = p.oid AND d.objsubid = 0
UNION ALL
SELECT 'SEQUENCE', n.nspname, c.relname, NULL, NULL, d.description
FROM pg_class c
JOIN compared n ON n.oid = c.relnamespace
JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
WHERE c.relkind = 'S'
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname, NULL,
       pg_get_function_identity_arguments(p.oid), d.description
FROM pg_proc p
JOIN compared n ON n.oid = p.pronamespace
JOIN pg_description d ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid AND d.objsubid = 0
WHERE p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
UNION ALL
SELECT 'SCHEMA', n.nspname, n.nspname, NULL, NULL, d.description
FROM compared n
JOIN pg_description d ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid AND d.objsubid = 0
UNION ALL
SELECT 'EXTENSION', n.nspname, e.extname, NULL, NULL, d.description
FROM pg_extension e
JOIN compared n ON n.oid = e.extnamespace
JOIN pg_description d ON d.classoid = 'pg_extension'::regclass AND d.objoid = e.oid AND d.objsubid = 0
WHERE e.extname <> 'plpgsql'
  AND d.description IS DISTINCT FROM (SELECT a.comment FROM pg_available_extensions a WHERE a.name = e.extname)
ORDER BY 1, 2, 3, 4, 5
