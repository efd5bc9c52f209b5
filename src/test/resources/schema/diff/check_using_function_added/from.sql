CREATE TABLE parcels (id integer PRIMARY KEY, width integer NOT NULL, height integer NOT NULL);
INSERT INTO parcels VALUES (1, 3, 4);
