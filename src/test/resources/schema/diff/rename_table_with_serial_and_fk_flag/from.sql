CREATE TABLE clients (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoices (id integer PRIMARY KEY, client_id integer NOT NULL REFERENCES clients);
INSERT INTO clients (name) VALUES ('acme');
INSERT INTO invoices VALUES (1, 1);
