-- The same index name on a materialized view with another definition (two columns, descending,
-- partial): dropped and created again, the view kept.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric NOT NULL
);

CREATE MATERIALIZED VIEW customer_totals AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
CREATE INDEX customer_totals_lookup ON customer_totals (total DESC, customer) WHERE total > 0;
