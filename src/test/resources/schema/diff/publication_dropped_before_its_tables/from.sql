CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers);
CREATE PUBLICATION order_feed FOR TABLE orders, TABLE customers;
CREATE TABLE kept (id integer PRIMARY KEY);
