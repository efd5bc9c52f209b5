-- A partition key cannot be altered: the table and its partitions are dropped and created.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at date NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (id);

CREATE TABLE events_low PARTITION OF events FOR VALUES FROM (0) TO (1000000);
