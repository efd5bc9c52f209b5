-- The tables to seed: ordinary and partitioned tables outside PostgreSQL's schemas and extensions.
-- {user_tables} is the condition in Seeder.USER_TABLES.
SELECT format('%I.%I', n.nspname, c.relname) AS tbl, n.nspname, c.relname
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {user_tables}
