CREATE UNLOGGED TABLE cache_entries (
    key text PRIMARY KEY,
    value jsonb
) WITH (fillfactor = 90);

INSERT INTO cache_entries VALUES ('a', '{}');
