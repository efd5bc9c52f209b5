-- A partition over a two-column range key, up to MAXVALUE.
CREATE TABLE metrics (device integer NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (device, at);
CREATE TABLE metrics_a PARTITION OF metrics FOR VALUES FROM (0, '2026-01-01') TO (100, '2027-01-01');
CREATE TABLE metrics_rest PARTITION OF metrics FOR VALUES FROM (100, '2027-01-01') TO (MAXVALUE, MAXVALUE);
