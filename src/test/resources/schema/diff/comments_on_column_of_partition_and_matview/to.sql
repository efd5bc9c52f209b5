-- Comments on a partitioned table's column, a partition and a materialized view's column.
CREATE TABLE sales (id integer NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE MATERIALIZED VIEW sales_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
COMMENT ON COLUMN sales.amount IS 'in euros';
COMMENT ON TABLE sales_eu IS 'Europe only';
COMMENT ON COLUMN sales_totals.total IS 'summed nightly';
