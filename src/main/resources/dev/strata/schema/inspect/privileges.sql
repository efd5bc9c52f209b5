-- Every object that carries privileges in the schemas given as the one parameter (text[]): tables
-- (also their columns' privileges), views, materialized views, sequences (not an identity's),
-- functions and procedures, enum types and the schemas themselves; not partitions, nor what
-- belongs to an extension. One row per privilege granted to a role other than the owner (grantee
-- 0 is "public"), or one row with a null grantee for an object that has none, so that every
-- object's owner is known. A NULL ACL stands for PostgreSQL's built-in default (acldefault):
-- EXECUTE on routines and USAGE on types to PUBLIC. The same privilege granted by two grantors
-- is one privilege, grantable when either made it so.
WITH compared AS (
    SELECT n.oid, n.nspname FROM pg_namespace n WHERE n.nspname = ANY (?)
), object AS (
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind, n.nspname AS schema,
           c.relname AS name, NULL::text AS detail, c.relowner AS owner,
           coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char", c.relowner)) AS acl
    FROM pg_class c
    JOIN compared n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
      -- an extension's objects and an identity's sequence; a partitioned table's internal
      -- dependency on its own partition key does not count
      AND NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'i')
                        AND d.refobjid <> c.oid)
    UNION ALL
    SELECT 'COLUMN', n.nspname, c.relname, a.attname::text, c.relowner, a.attacl
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN compared n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attacl IS NOT NULL
      AND NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    UNION ALL
    SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname,
           pg_get_function_identity_arguments(p.oid), p.proowner, coalesce(p.proacl, acldefault('f', p.proowner))
    FROM pg_proc p
    JOIN compared n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p')
      AND NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
    UNION ALL
    SELECT 'TYPE', n.nspname, t.typname, NULL, t.typowner, coalesce(t.typacl, acldefault('T', t.typowner))
    FROM pg_type t
    JOIN compared n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e'
      AND NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
    UNION ALL
    SELECT 'SCHEMA', n.nspname, n.nspname, NULL, s.nspowner, coalesce(s.nspacl, acldefault('n', s.nspowner))
    FROM compared n
    JOIN pg_namespace s ON s.oid = n.oid
)
SELECT o.kind, o.schema, o.name, o.detail, pg_get_userbyid(o.owner)::text AS owner,
       g.grantee, g.privilege, bool_or(g.grantable) AS grantable
FROM object o
LEFT JOIN LATERAL (
    SELECT CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee)::text END AS grantee,
           a.privilege_type AS privilege, a.is_grantable AS grantable
    FROM aclexplode(o.acl) AS a
    WHERE a.grantee <> o.owner
) AS g ON true
GROUP BY o.kind, o.schema, o.name, o.detail, o.owner, g.grantee, g.privilege
ORDER BY o.kind, o.schema, o.name, o.detail COLLATE "C", g.grantee COLLATE "C", g.privilege COLLATE "C"
