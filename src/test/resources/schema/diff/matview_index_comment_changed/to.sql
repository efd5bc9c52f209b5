-- Comments on a kept materialized view's indexes: one set, one changed.
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON sales_by_region (region);
CREATE INDEX sales_by_region_total ON sales_by_region (total);
COMMENT ON INDEX sales_by_region_region IS 'REFRESH CONCURRENTLY needs it';
COMMENT ON INDEX sales_by_region_total IS 'for the top regions page';
