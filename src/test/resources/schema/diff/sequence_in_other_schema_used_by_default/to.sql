-- A sequence in another schema, created there, feeds a default in public.
CREATE SCHEMA numbering;
CREATE SEQUENCE numbering.invoice_numbers START WITH 1000;
CREATE TABLE invoices (id integer PRIMARY KEY, number integer DEFAULT nextval('numbering.invoice_numbers'));
