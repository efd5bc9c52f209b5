-- A range-partitioned table with two partitions, a default partition and a partitioned index.
CREATE TABLE accounts (
    id integer PRIMARY KEY
);

CREATE TABLE events (
    id bigint NOT NULL,
    account_id integer NOT NULL REFERENCES accounts (id),
    occurred_at timestamptz NOT NULL,
    payload jsonb,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE events_other PARTITION OF events DEFAULT;

CREATE INDEX events_account_idx ON events (account_id, occurred_at DESC);
