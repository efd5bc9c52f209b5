CREATE TABLE sales (id integer NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE MATERIALIZED VIEW sales_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
