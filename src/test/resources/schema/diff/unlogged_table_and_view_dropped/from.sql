CREATE UNLOGGED TABLE scratch (
    id integer PRIMARY KEY,
    note text
) WITH (autovacuum_enabled = false);

CREATE VIEW scratch_notes AS SELECT note FROM scratch;
