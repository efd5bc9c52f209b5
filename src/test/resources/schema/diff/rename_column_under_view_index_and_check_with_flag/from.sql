CREATE TABLE staff (id integer PRIMARY KEY, surname text NOT NULL CONSTRAINT surname_not_blank CHECK (surname <> ''));
CREATE INDEX staff_surname_idx ON staff (surname);
CREATE VIEW staff_names AS SELECT id, surname FROM staff;
INSERT INTO staff VALUES (1, 'Hopper');
