-- Publications that publish all tables, list nothing, or list a table or a schema among those
-- given as the one parameter (text[]); schemas are only those compared (the tables come from
-- publication_tables.sql). publish as PostgreSQL's WITH (publish = ...) spells it. None that
-- belongs to an extension.
WITH compared AS (
    SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY (?)
)
SELECT p.pubname AS name,
       p.puballtables AS all_tables,
       ARRAY(SELECT n.nspname::text FROM pg_publication_namespace s JOIN compared n ON n.oid = s.pnnspid
             WHERE s.pnpubid = p.oid ORDER BY 1) AS schemas,
       concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                 CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END) AS publish,
       p.pubviaroot AS via_root,
       obj_description(p.oid, 'pg_publication') AS comment
FROM pg_publication p
WHERE (p.puballtables
       OR NOT EXISTS (SELECT FROM pg_publication_rel r WHERE r.prpubid = p.oid)
          AND NOT EXISTS (SELECT FROM pg_publication_namespace s WHERE s.pnpubid = p.oid)
       OR EXISTS (SELECT FROM pg_publication_rel r JOIN pg_class c ON c.oid = r.prrelid
                  JOIN compared n ON n.oid = c.relnamespace WHERE r.prpubid = p.oid)
       OR EXISTS (SELECT FROM pg_publication_namespace s JOIN compared n ON n.oid = s.pnnspid
                  WHERE s.pnpubid = p.oid))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_publication'::regclass AND e.objid = p.oid AND e.deptype = 'e')
ORDER BY 1
