CREATE TABLE readings (id integer PRIMARY KEY, celsius numeric NOT NULL);
ALTER TABLE readings ADD CONSTRAINT celsius_plausible CHECK (celsius > -90 AND celsius < 60) NOT VALID;
INSERT INTO readings VALUES (1, 21.5), (2, -3);
