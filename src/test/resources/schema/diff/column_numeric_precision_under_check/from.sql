CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(8,2) NOT NULL CONSTRAINT amount_positive CHECK (amount > 0));
INSERT INTO prices VALUES (1, 19.99);
