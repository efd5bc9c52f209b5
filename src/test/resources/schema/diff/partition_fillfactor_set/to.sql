-- A partition gets storage parameters of its own (a partitioned table cannot have any).
CREATE TABLE readings (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value real
) PARTITION BY RANGE (taken_on);
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    WITH (fillfactor = 75);
