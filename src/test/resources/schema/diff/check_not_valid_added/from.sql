CREATE TABLE payments (id integer PRIMARY KEY, amount numeric NOT NULL, fee numeric NOT NULL);
INSERT INTO payments VALUES (1, 10, 1), (2, 5, 7);
