-- A materialized view whose query changes is dropped and created again: its indexes and their
-- comments come back with it (DROP MATERIALIZED VIEW took them along).
CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(10,2) NOT NULL
);

CREATE MATERIALIZED VIEW sales_by_region AS
    SELECT region, sum(amount) AS total, count(*) AS sales FROM sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON sales_by_region (region);
COMMENT ON INDEX sales_by_region_region IS 'for REFRESH CONCURRENTLY';
