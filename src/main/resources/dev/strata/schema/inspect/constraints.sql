-- Primary key, unique, foreign key, check and exclusion constraints declared on the tables themselves
-- (a partition's clones of its parent's constraints, and the checks a table inherits, are the parent's).
SELECT n.nspname AS schema, c.relname AS table_name, con.conname AS name, con.contype::text AS kind,
       pg_get_constraintdef(con.oid) AS definition,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.position) AS columns,
       rn.nspname AS ref_schema, rc.relname AS ref_table
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND con.conislocal AND con.coninhcount = 0 AND con.conparentid = 0
  AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
ORDER BY 1, 2, 3
