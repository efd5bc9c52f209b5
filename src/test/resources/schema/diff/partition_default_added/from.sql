CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at date NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

INSERT INTO events VALUES (1, 'signup', '2025-03-01');
