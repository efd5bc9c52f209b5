-- User-defined operators in the schemas given as the one parameter (text[]), except those that
-- belong to an extension and the shells a COMMUTATOR or NEGATOR clause leaves behind (no
-- function). commutator and negator are schema.symbol; restrict and join print as regproc does
-- with an empty search path. uses_tables: a table's row type (or an array of it) is an operand or
-- the result, or the function has a SQL-standard body (see routines.sql).
SELECT n.nspname AS schema,
       o.oprname AS name,
       CASE WHEN o.oprleft = 0 THEN NULL ELSE format_type(o.oprleft, NULL) END AS left_type,
       format_type(o.oprright, NULL) AS right_type,
       fn.nspname AS function_schema,
       p.proname AS function_name,
       pg_get_function_identity_arguments(p.oid) AS function_arguments,
       quote_ident(cn.nspname) || '.' || c.oprname AS commutator,
       quote_ident(gn.nspname) || '.' || g.oprname AS negator,
       CASE WHEN o.oprrest = 0 THEN NULL ELSE o.oprrest::regproc::text END AS restrict,
       CASE WHEN o.oprjoin = 0 THEN NULL ELSE o.oprjoin::regproc::text END AS "join",
       o.oprcanhash AS hashes,
       o.oprcanmerge AS merges,
       p.prosqlbody IS NOT NULL OR EXISTS (
           SELECT FROM pg_type t
           LEFT JOIN pg_type element ON element.oid = t.typelem
           WHERE t.oid IN (o.oprleft, o.oprright, o.oprresult)
             AND (t.typrelid <> 0 OR element.typrelid <> 0)) AS uses_tables,
       obj_description(o.oid, 'pg_operator') AS comment
FROM pg_operator o
JOIN pg_namespace n ON n.oid = o.oprnamespace
JOIN pg_proc p ON p.oid = o.oprcode
JOIN pg_namespace fn ON fn.oid = p.pronamespace
LEFT JOIN pg_operator c ON c.oid = o.oprcom
LEFT JOIN pg_namespace cn ON cn.oid = c.oprnamespace
LEFT JOIN pg_operator g ON g.oid = o.oprnegate
LEFT JOIN pg_namespace gn ON gn.oid = g.oprnamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_operator'::regclass AND e.objid = o.oid AND e.deptype = 'e')
ORDER BY n.nspname, o.oprname, 3, 4
