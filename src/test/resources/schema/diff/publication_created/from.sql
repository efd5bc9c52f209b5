CREATE SCHEMA sales;
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers, total numeric NOT NULL, note text);
CREATE TABLE sales.leads (id integer PRIMARY KEY);
INSERT INTO customers VALUES (1, 'Ada');
INSERT INTO orders VALUES (1, 1, 9.5, 'first');
