-- Storage parameters are part of the created table.
CREATE SCHEMA app;

CREATE TABLE app.queue (
    id bigserial PRIMARY KEY,
    payload jsonb NOT NULL
) WITH (fillfactor = 80, autovacuum_vacuum_threshold = 100);
