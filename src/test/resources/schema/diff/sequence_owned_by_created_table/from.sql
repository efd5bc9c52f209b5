CREATE TABLE accounts (id integer PRIMARY KEY);
INSERT INTO accounts VALUES (1);
