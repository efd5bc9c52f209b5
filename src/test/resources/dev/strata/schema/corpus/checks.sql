-- CHECK constraints on a single column, with their definition.
SELECT format('%I.%I', n.nspname, c.relname) AS tbl, a.attname, pg_get_constraintdef(k.oid) AS definition
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
WHERE k.contype = 'c' AND cardinality(k.conkey) = 1 AND {user_tables}
ORDER BY 1, k.conname
