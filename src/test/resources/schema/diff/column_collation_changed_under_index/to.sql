-- A column's collation becomes "C" while an index is on it.
CREATE TABLE cities (id integer PRIMARY KEY, name text COLLATE "C" NOT NULL);
CREATE INDEX cities_name_idx ON cities (name);
