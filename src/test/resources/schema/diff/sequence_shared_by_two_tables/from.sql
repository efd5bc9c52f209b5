CREATE SEQUENCE document_numbers START WITH 100;

CREATE TABLE invoices (
    number bigint PRIMARY KEY DEFAULT nextval('document_numbers'),
    total numeric NOT NULL
);

INSERT INTO invoices (total) VALUES (10), (20);
