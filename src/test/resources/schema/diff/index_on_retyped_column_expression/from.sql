CREATE TABLE measures (id integer PRIMARY KEY, value integer NOT NULL);
CREATE INDEX measures_abs_idx ON measures (abs(value)) WHERE value <> 0;
INSERT INTO measures VALUES (1, -4), (2, 0);
