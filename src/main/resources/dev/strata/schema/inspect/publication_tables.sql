-- The tables publications list, in the schemas given as the one parameter (text[]): the column
-- list in column order (empty for all columns) and the row filter (NULL for all rows).
SELECT p.pubname AS publication,
       n.nspname AS schema,
       c.relname AS table_name,
       ARRAY(SELECT a.attname::text FROM unnest(r.prattrs::int2[]) AS k(attnum)
             JOIN pg_attribute a ON a.attrelid = r.prrelid AND a.attnum = k.attnum
             ORDER BY a.attnum) AS columns,
       pg_get_expr(r.prqual, r.prrelid) AS "where"
FROM pg_publication_rel r
JOIN pg_publication p ON p.oid = r.prpubid
JOIN pg_class c ON c.oid = r.prrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
ORDER BY 1, 2, 3
