CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX cities_name_idx ON cities (name);
INSERT INTO cities VALUES (1, 'Zürich'), (2, 'aarhus');
