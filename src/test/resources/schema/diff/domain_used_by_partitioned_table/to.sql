-- A partitioned table whose column and partition key use a domain from another schema.
CREATE SCHEMA types;
CREATE DOMAIN types.day AS date NOT NULL;

CREATE TABLE visits (
    id bigint NOT NULL,
    visited_on types.day
) PARTITION BY RANGE (visited_on);
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
