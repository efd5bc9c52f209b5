-- The table becomes durable and its fillfactor returns to the default.
CREATE TABLE cache_entries (
    key text PRIMARY KEY,
    value jsonb
);
