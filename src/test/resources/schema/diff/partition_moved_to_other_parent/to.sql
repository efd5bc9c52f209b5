-- A partition moves to another parent, keeping its rows: detached, then attached.
CREATE TABLE hot (
    id bigint NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE cold (
    id bigint NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE y2024 PARTITION OF cold FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
