-- Event triggers whose function is in the schemas given as the one parameter (text[]): an event
-- trigger belongs to the database, and is compared with its function's schema. None that belongs
-- to an extension. state is the keyword ALTER EVENT TRIGGER takes; tags are NULL for every command.
SELECT e.evtname AS name,
       e.evtevent AS event,
       e.evttags AS tags,
       n.nspname AS function_schema,
       p.proname AS function_name,
       CASE e.evtenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS'
                         ELSE 'ENABLE' END AS state,
       obj_description(e.oid, 'pg_event_trigger') AS comment
FROM pg_event_trigger e
JOIN pg_proc p ON p.oid = e.evtfoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_event_trigger'::regclass AND d.objid = e.oid AND d.deptype = 'e')
ORDER BY e.evtname
