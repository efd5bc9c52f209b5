-- A second table draws its numbers from the sequence the first one uses: the sequence stays (its
-- position too), the new table's default names it, and both tables' numbers never collide.
CREATE SEQUENCE document_numbers START WITH 100;

CREATE TABLE invoices (
    number bigint PRIMARY KEY DEFAULT nextval('document_numbers'),
    total numeric NOT NULL
);

CREATE TABLE credit_notes (
    number bigint PRIMARY KEY DEFAULT nextval('document_numbers'),
    invoice bigint NOT NULL REFERENCES invoices,
    amount numeric NOT NULL
);
