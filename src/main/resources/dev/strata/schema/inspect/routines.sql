-- Functions and procedures (not aggregates or window functions) in the schemas given as the one
-- parameter (text[]), except those that belong to an extension. A procedure has no result.
-- uses_tables: a table's row type (or an array of it) is among the arguments or the result, or
-- the body is SQL-standard (prosqlbody, bound when it is created) and reads a table, a view or a
-- sequence, or calls a routine that uses tables: either needs the tables to exist when it is
-- created. A SQL-standard body that reads none (RETURN a * b) is created with the other routines,
-- before the defaults, checks and generated columns that may call it.
WITH RECURSIVE table_users(proc) AS (
    SELECT d.objid
    FROM pg_depend d
    JOIN pg_type t ON t.oid = d.refobjid
    LEFT JOIN pg_type element ON element.oid = t.typelem
    WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_type'::regclass
      AND (t.typrelid <> 0 OR element.typrelid <> 0)
  UNION
    SELECT d.objid
    FROM pg_depend d
    JOIN pg_proc p ON p.oid = d.objid
    WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_class'::regclass AND p.prosqlbody IS NOT NULL
  UNION
    SELECT d.objid
    FROM pg_depend d
    JOIN table_users u ON u.proc = d.refobjid
    JOIN pg_proc p ON p.oid = d.objid
    WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_proc'::regclass AND p.prosqlbody IS NOT NULL
)
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       p.prokind = 'p' AS procedure,
       coalesce(pg_get_function_result(p.oid), '') AS result,
       pg_get_functiondef(p.oid) AS definition,
       p.oid IN (SELECT proc FROM table_users) AS uses_tables
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) COLLATE "C"
