-- A partition's own comment and grants are compared like any table's.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at date NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMENT ON TABLE events_2025 IS 'closed year';
GRANT SELECT ON events_2025 TO PUBLIC;
