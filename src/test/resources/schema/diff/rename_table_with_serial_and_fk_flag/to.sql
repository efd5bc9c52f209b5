-- A table with a serial renamed with the flag while another table references it: the key
-- follows, the sequence keeps counting.
CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoices (id integer PRIMARY KEY, client_id integer NOT NULL REFERENCES customers);
