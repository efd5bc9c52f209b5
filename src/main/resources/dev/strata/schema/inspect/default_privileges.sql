-- Default privileges (pg_default_acl) for every schema or for one of the schemas given as the one
-- parameter (text[]). An entry for one schema adds to PostgreSQL's built-in defaults; an entry for
-- every schema replaces them, so it is read as what it grants beyond them (revoked = false) and
-- which of them it takes away (revoked = true). acldefault names sequences 's', pg_default_acl 'S'.
WITH entry AS (
    SELECT d.defaclrole AS role, n.nspname AS schema, d.defaclobjtype AS objtype, d.defaclacl AS acl,
           acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END::"char", d.defaclrole)
               AS builtin
    FROM pg_default_acl d
    LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
    WHERE d.defaclnamespace = 0 OR n.nspname = ANY (?)
), privilege AS (
    SELECT e.role, e.schema, e.objtype, a.grantee, a.privilege_type, a.is_grantable, false AS revoked
    FROM entry e
    CROSS JOIN LATERAL aclexplode(e.acl) AS a
    WHERE e.schema IS NOT NULL
       OR NOT EXISTS (SELECT FROM aclexplode(e.builtin) AS b
                      WHERE b.grantee = a.grantee AND b.privilege_type = a.privilege_type
                        AND b.is_grantable = a.is_grantable)
    UNION ALL
    SELECT e.role, e.schema, e.objtype, b.grantee, b.privilege_type, b.is_grantable, true
    FROM entry e
    CROSS JOIN LATERAL aclexplode(e.builtin) AS b
    WHERE e.schema IS NULL
      AND NOT EXISTS (SELECT FROM aclexplode(e.acl) AS a
                      WHERE a.grantee = b.grantee AND a.privilege_type = b.privilege_type
                        AND a.is_grantable = b.is_grantable)
)
SELECT pg_get_userbyid(p.role)::text COLLATE "C" AS role, p.schema,
       CASE p.objtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                      WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END AS objects,
       (CASE WHEN p.grantee = 0 THEN 'public' ELSE pg_get_userbyid(p.grantee)::text END) COLLATE "C" AS grantee,
       p.privilege_type AS privilege, p.is_grantable AS grantable, p.revoked
FROM privilege p
ORDER BY 1, 2 NULLS FIRST, 3, 4, 5, 6, 7
