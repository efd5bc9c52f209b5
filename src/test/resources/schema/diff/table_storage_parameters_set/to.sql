-- A hot-update table gets a fillfactor; the archive's parameters change and one is reset.
CREATE TABLE counters (
    name text PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);

CREATE TABLE archive (
    id bigint PRIMARY KEY
) WITH (autovacuum_enabled = true);
