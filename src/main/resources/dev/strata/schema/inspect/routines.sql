-- Functions and procedures (not aggregates or window functions) in the schemas given as the one
-- parameter (text[]), except those that belong to an extension. A procedure has no result.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS arguments,
       p.prokind = 'p' AS procedure,
       coalesce(pg_get_function_result(p.oid), '') AS result,
       pg_get_functiondef(p.oid) AS definition
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p')
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
ORDER BY n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) COLLATE "C"
