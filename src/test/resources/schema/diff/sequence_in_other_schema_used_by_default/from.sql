CREATE SCHEMA numbering;
CREATE TABLE invoices (id integer PRIMARY KEY, number integer);
INSERT INTO invoices VALUES (1, 100);
