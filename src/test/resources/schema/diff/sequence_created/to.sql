-- A standalone sequence used by a column default: the sequence first.
CREATE SEQUENCE invoice_numbers AS integer START 1000 INCREMENT 10 MINVALUE 1000 MAXVALUE 999999 CACHE 5 CYCLE;

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    number integer NOT NULL DEFAULT nextval('invoice_numbers')
);
