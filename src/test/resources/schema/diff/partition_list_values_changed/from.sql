CREATE TABLE customers (
    id bigint NOT NULL,
    country text NOT NULL
) PARTITION BY LIST (country);
CREATE TABLE customers_dach PARTITION OF customers FOR VALUES IN ('de', 'at');

INSERT INTO customers VALUES (1, 'de'), (2, 'at');
