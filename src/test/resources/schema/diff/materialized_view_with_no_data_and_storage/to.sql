-- A materialized view's query changes and it gains a storage parameter.
CREATE TABLE sales (id integer PRIMARY KEY, amount numeric);
CREATE MATERIALIZED VIEW sales_sum WITH (fillfactor = 70) AS SELECT sum(amount) AS total, count(*) AS n FROM sales;
