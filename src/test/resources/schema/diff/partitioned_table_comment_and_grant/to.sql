-- The partitioned table's own comment, column comment and grant.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at date NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMENT ON TABLE events IS 'every event, by year';
COMMENT ON COLUMN events.kind IS 'what happened';
GRANT SELECT, INSERT ON events TO PUBLIC;
