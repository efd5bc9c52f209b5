-- A check added on a partitioned table (inherited by every partition) and one on a single partition.
CREATE TABLE orders (id integer NOT NULL, region text NOT NULL, total numeric NOT NULL,
    CONSTRAINT orders_total_positive CHECK (total > 0)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders (CONSTRAINT orders_us_small CHECK (total < 10000)) FOR VALUES IN ('us');
