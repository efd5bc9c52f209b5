CREATE TABLE counters (
    name text PRIMARY KEY,
    hits bigint NOT NULL DEFAULT 0
);

CREATE TABLE archive (
    id bigint PRIMARY KEY
) WITH (autovacuum_enabled = false, toast_tuple_target = 4096);
