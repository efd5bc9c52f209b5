-- A new partitioned table with an identity column and its partitions.
CREATE TABLE placeholder (id integer PRIMARY KEY);
CREATE TABLE readings (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10), at date NOT NULL, v numeric)
    PARTITION BY RANGE (at);
CREATE TABLE readings_2026 PARTITION OF readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
