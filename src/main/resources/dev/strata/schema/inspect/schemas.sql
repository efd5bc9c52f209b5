-- Every schema that is not an extension's; the caller applies the filter. The parameter is unused
-- but keeps every catalog query's shape the same.
SELECT n.nspname AS name
FROM pg_namespace n
WHERE cardinality(?::text[]) >= 0
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY 1
