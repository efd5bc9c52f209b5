CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer);
INSERT INTO customers VALUES (1);
INSERT INTO orders VALUES (1, 1), (2, 99);
