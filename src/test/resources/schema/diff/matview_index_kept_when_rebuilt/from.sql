CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(10,2) NOT NULL
);

INSERT INTO sales VALUES (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);

CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON sales_by_region (region);
COMMENT ON INDEX sales_by_region_region IS 'for REFRESH CONCURRENTLY';
