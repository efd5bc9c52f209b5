CREATE TABLE slots (id integer PRIMARY KEY, position integer NOT NULL);
INSERT INTO slots VALUES (1, 1), (2, 2);
