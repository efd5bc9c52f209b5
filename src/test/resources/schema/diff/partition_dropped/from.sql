CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at date NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

INSERT INTO events VALUES (1, 'signup', '2025-03-01'), (2, 'login', '2026-02-01');
