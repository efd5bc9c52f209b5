-- A column renamed with the flag while a check, an index and a view use it: they follow the
-- rename (the view keeps its column name).
CREATE TABLE staff (id integer PRIMARY KEY, last_name text NOT NULL CONSTRAINT surname_not_blank CHECK (last_name <> ''));
CREATE INDEX staff_surname_idx ON staff (last_name);
CREATE VIEW staff_names AS SELECT id, last_name AS surname FROM staff;
