-- A partition that is itself partitioned, and its own partitions: created parent first.
CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_on);

CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY LIST (sensor_id);
CREATE TABLE measurements_2025_s1 PARTITION OF measurements_2025 FOR VALUES IN (1);
CREATE TABLE measurements_2025_rest PARTITION OF measurements_2025 DEFAULT;
