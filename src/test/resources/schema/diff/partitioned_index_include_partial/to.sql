-- A partitioned index changes to one with INCLUDE; a partial partitioned index is added.
CREATE TABLE logs (id bigint NOT NULL, level text NOT NULL, at timestamptz NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE logs_2026 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX logs_level_idx ON logs (level) INCLUDE (at);
CREATE INDEX logs_errors_idx ON logs (at DESC) WHERE level = 'error';
