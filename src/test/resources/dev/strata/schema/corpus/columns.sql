-- Each column: its type and type category (a domain's base type's), whether a value is needed,
-- and an enum's labels.
SELECT format('%I.%I', n.nspname, c.relname) AS tbl, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
       coalesce(bt.typcategory, t.typcategory) AS category, a.attnotnull,
       (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '') AS omitted,
       array(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = coalesce(bt.oid, t.oid)
             ORDER BY e.enumsortorder) AS labels
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
WHERE {user_tables}
ORDER BY 1, a.attnum
