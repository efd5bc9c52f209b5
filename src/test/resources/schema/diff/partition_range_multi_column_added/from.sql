CREATE TABLE metrics (device integer NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (device, at);
CREATE TABLE metrics_a PARTITION OF metrics FOR VALUES FROM (0, '2026-01-01') TO (100, '2027-01-01');
