-- Every column of those tables in one pass. Types and expressions in PostgreSQL's canonical text.
-- A column taken from a parent (a partition's, an inheriting table's) belongs to the parent.
SELECT n.nspname AS schema, c.relname AS table_name, a.attname AS name,
       -- time(6), timetz(6), timestamp(6), timestamptz(6) are the types without a precision: 6 is the default.
       format_type(a.atttypid, CASE WHEN a.atttypmod = 6 AND a.atttypid = ANY ('{time,timetz,timestamp,timestamptz,
           time[],timetz[],timestamp[],timestamptz[]}'::regtype[]) THEN -1 ELSE a.atttypmod END) AS type,
       a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression,
       CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       a.attidentity AS identity,
       -- An identity's sequence depends on its column internally ('i'): start, increment, min, max, cache, cycle.
       (SELECT ARRAY[s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle::int]
        FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
        WHERE a.attidentity <> '' AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
          AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i') AS identity_options,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       col_description(c.oid, a.attnum) AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
  AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount = 0
ORDER BY 1, 2, a.attnum
