CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric NOT NULL
);

INSERT INTO orders VALUES (1, 'ada', 10), (2, 'ada', 20), (3, 'bob', 5);

CREATE MATERIALIZED VIEW customer_totals AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
CREATE INDEX customer_totals_lookup ON customer_totals (customer);
