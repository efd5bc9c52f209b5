-- A unique index on a materialized view that stays: created on it, its rows kept (not rebuilt),
-- and REFRESH ... CONCURRENTLY, which needs such an index, works afterwards.
CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(10,2) NOT NULL
);

CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON sales_by_region (region);
