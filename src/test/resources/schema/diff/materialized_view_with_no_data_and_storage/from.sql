CREATE TABLE sales (id integer PRIMARY KEY, amount numeric);
CREATE MATERIALIZED VIEW sales_sum AS SELECT sum(amount) AS total FROM sales;
