-- Views and materialized views in the schemas given as the one parameter (text[]), except those
-- that belong to an extension. depends_on_schemas/depends_on_names are parallel arrays: the
-- tables and views the view's rewrite rule reads, the view itself excluded.
WITH view AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind, c.reloptions
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm')
      AND n.nspname = ANY (?)
      AND NOT EXISTS (SELECT FROM pg_depend e
                      WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
), dependency AS (
    SELECT DISTINCT r.ev_class AS view, rn.nspname AS schema, rc.relname AS name
    FROM pg_rewrite r
    JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
        AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
    JOIN pg_class rc ON rc.oid = d.refobjid AND rc.relkind IN ('r', 'p', 'v', 'm', 'f')
    JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    WHERE r.ev_class IN (SELECT oid FROM view)
)
SELECT v.nspname AS schema,
       v.relname AS name,
       v.relkind = 'm' AS materialized,
       pg_get_viewdef(v.oid) AS definition,
       ARRAY(SELECT o FROM unnest(v.reloptions) AS o ORDER BY o COLLATE "C") AS options,
       ARRAY(SELECT d.schema FROM dependency d WHERE d.view = v.oid
             ORDER BY d.schema, d.name)::text[] AS depends_on_schemas,
       ARRAY(SELECT d.name FROM dependency d WHERE d.view = v.oid
             ORDER BY d.schema, d.name)::text[] AS depends_on_names,
       obj_description(v.oid, 'pg_class') AS comment
FROM view v
ORDER BY v.nspname, v.relname
