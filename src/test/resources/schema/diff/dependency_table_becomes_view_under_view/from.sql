CREATE TABLE prices (
    product text PRIMARY KEY,
    amount numeric NOT NULL
);

INSERT INTO prices VALUES ('tea', 3), ('cake', 12);

CREATE VIEW cheap_products AS SELECT product FROM prices WHERE amount < 5;
