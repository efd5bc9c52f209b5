-- A hash-partitioned table whose partitions live in another schema than the parent.
CREATE SCHEMA shard;

CREATE TABLE public.tokens (
    user_id bigint NOT NULL,
    token text NOT NULL,
    PRIMARY KEY (user_id, token)
) PARTITION BY HASH (user_id);
CREATE TABLE shard.tokens_0 PARTITION OF public.tokens FOR VALUES WITH (modulus 3, remainder 0);
CREATE TABLE shard.tokens_1 PARTITION OF public.tokens FOR VALUES WITH (modulus 3, remainder 1);
CREATE TABLE shard.tokens_2 PARTITION OF public.tokens FOR VALUES WITH (modulus 3, remainder 2);
