-- How many objects of each kind the diff does not model there are, so that the caller can say
-- what it did not compare. Objects that belong to an extension, to another object (deptype 'i',
-- e.g. a range type's multirange cast) or to PostgreSQL (oid below 16384, FirstNormalObjectId)
-- are not counted: what they belong to brings them.
-- Kinds that live in a schema are counted in the schemas given as the one parameter (text[]),
-- the others (servers, casts, subscriptions...) in the whole database.
-- One row a kind with any, by kind (the singular noun); position keeps the list readable.
WITH schema AS (
    SELECT oid FROM pg_namespace WHERE nspname = ANY (?)
), brought AS (
    SELECT classid, objid FROM pg_depend WHERE deptype IN ('e', 'i')
)
SELECT position, kind, count FROM (
    SELECT 1 AS position, 'foreign table' AS kind, count(*) AS count
    FROM pg_class c WHERE c.relkind = 'f' AND c.relnamespace IN (SELECT oid FROM schema)
      AND (c.tableoid, c.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 2, 'foreign-data wrapper', count(*) FROM pg_foreign_data_wrapper w
    WHERE w.oid >= 16384 AND (w.tableoid, w.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 3, 'foreign server', count(*) FROM pg_foreign_server s
    WHERE (s.tableoid, s.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 4, 'user mapping', count(*) FROM pg_user_mapping m
    WHERE (m.tableoid, m.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 5, 'rule', count(*) FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
    WHERE r.rulename <> '_RETURN' AND c.relnamespace IN (SELECT oid FROM schema)
      AND (c.tableoid, c.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 6, 'statistics object', count(*) FROM pg_statistic_ext s
    WHERE s.stxnamespace IN (SELECT oid FROM schema) AND (s.tableoid, s.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 10, 'base type', count(*) FROM pg_type t
    WHERE t.typtype = 'b' AND t.typnamespace IN (SELECT oid FROM schema)
      AND NOT EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)
      AND (t.tableoid, t.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 11, 'aggregate', count(*) FROM pg_proc p
    WHERE p.prokind = 'a' AND p.pronamespace IN (SELECT oid FROM schema)
      AND (p.tableoid, p.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 12, 'window function', count(*) FROM pg_proc p
    WHERE p.prokind = 'w' AND p.pronamespace IN (SELECT oid FROM schema)
      AND (p.tableoid, p.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 14, 'operator class', count(*) FROM pg_opclass o
    WHERE o.opcnamespace IN (SELECT oid FROM schema) AND (o.tableoid, o.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    -- CREATE OPERATOR CLASS makes a family of the same name: that one is the class's.
    SELECT 15, 'operator family', count(*) FROM pg_opfamily f
    WHERE f.opfnamespace IN (SELECT oid FROM schema) AND (f.tableoid, f.oid) NOT IN (SELECT * FROM brought)
      AND NOT EXISTS (SELECT FROM pg_opclass o WHERE o.opcfamily = f.oid AND o.opcname = f.opfname)
    UNION ALL
    SELECT 16, 'collation', count(*) FROM pg_collation c
    WHERE c.collnamespace IN (SELECT oid FROM schema) AND (c.tableoid, c.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 17, 'conversion', count(*) FROM pg_conversion c
    WHERE c.connamespace IN (SELECT oid FROM schema) AND (c.tableoid, c.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 18, 'text search configuration', count(*) FROM pg_ts_config c
    WHERE c.cfgnamespace IN (SELECT oid FROM schema) AND (c.tableoid, c.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 19, 'text search dictionary', count(*) FROM pg_ts_dict d
    WHERE d.dictnamespace IN (SELECT oid FROM schema) AND (d.tableoid, d.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 20, 'text search parser', count(*) FROM pg_ts_parser p
    WHERE p.prsnamespace IN (SELECT oid FROM schema) AND (p.tableoid, p.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 21, 'text search template', count(*) FROM pg_ts_template t
    WHERE t.tmplnamespace IN (SELECT oid FROM schema) AND (t.tableoid, t.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 22, 'cast', count(*) FROM pg_cast c
    WHERE c.oid >= 16384 AND (c.tableoid, c.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 23, 'transform', count(*) FROM pg_transform t
    WHERE t.oid >= 16384 AND (t.tableoid, t.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 24, 'access method', count(*) FROM pg_am a
    WHERE a.oid >= 16384 AND (a.tableoid, a.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    SELECT 25, 'language', count(*) FROM pg_language l
    WHERE l.oid >= 16384 AND (l.tableoid, l.oid) NOT IN (SELECT * FROM brought)
    UNION ALL
    -- Only some columns of pg_subscription are readable by every role; oid is one.
    SELECT 28, 'subscription', count(s.oid) FROM pg_subscription s
    WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
) AS counted
WHERE count > 0
ORDER BY kind
