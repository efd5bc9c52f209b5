-- An ordinary table cannot become partitioned in place: it is dropped and created (destructive).
CREATE TABLE logs (
    id bigint NOT NULL,
    logged_on date NOT NULL,
    line text
) PARTITION BY RANGE (logged_on);
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX logs_logged_on_idx ON logs (logged_on);
