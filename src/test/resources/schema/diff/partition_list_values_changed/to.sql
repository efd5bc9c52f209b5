-- Switzerland joins the partition's list: detached and attached with the new values, rows kept.
CREATE TABLE customers (
    id bigint NOT NULL,
    country text NOT NULL
) PARTITION BY LIST (country);
CREATE TABLE customers_dach PARTITION OF customers FOR VALUES IN ('de', 'at', 'ch');
