-- A column added and another retyped on the parent reach every partition; the view reading the
-- retyped column is dropped and created around the change.
CREATE TABLE events (
    id bigint NOT NULL,
    kind character varying(40) NOT NULL,
    occurred_at date NOT NULL,
    source text NOT NULL DEFAULT 'web',
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE VIEW recent AS SELECT id, kind FROM events WHERE occurred_at > '2025-06-01';
