-- Functions and procedures (not aggregates or window functions) in the schemas given as the one
-- parameter (text[]), except those that belong to an extension. A procedure has no result.
-- uses_tables: a table's row type (or an array of it) is among the arguments or the result, or
-- the body is SQL-standard (prosqlbody): either needs the tables to exist when it is created.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       p.prokind = 'p' AS procedure,
       coalesce(pg_get_function_result(p.oid), '') AS result,
       pg_get_functiondef(p.oid) AS definition,
       p.prosqlbody IS NOT NULL OR EXISTS (
           SELECT FROM pg_depend d
           JOIN pg_type t ON t.oid = d.refobjid
           LEFT JOIN pg_type element ON element.oid = t.typelem
           WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.refclassid = 'pg_type'::regclass
             AND (t.typrelid <> 0 OR element.typrelid <> 0)) AS uses_tables
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
ORDER BY n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) COLLATE "C"
