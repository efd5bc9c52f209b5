-- Privileges on tables in the schemas given as the one parameter (text[]) that their owner
-- granted to other roles (grantee 0 is "public"), except on tables that belong to an extension
-- (not compared).
-- The same privilege granted by two grantors is one grant, grantable when either made it so.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       grantee.name AS grantee,
       a.privilege_type AS privilege,
       bool_or(a.is_grantable) AS grantable
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(c.relacl) AS a
CROSS JOIN LATERAL (SELECT CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee)::text END AS name)
    AS grantee
WHERE c.relkind IN ('r', 'p')
  AND a.grantee <> c.relowner
  AND n.nspname = ANY (?)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
GROUP BY n.nspname, c.relname, grantee.name, a.privilege_type
ORDER BY n.nspname, c.relname, grantee.name COLLATE "C", a.privilege_type COLLATE "C"
