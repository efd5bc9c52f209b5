-- A generated column becomes an ordinary column: DROP EXPRESSION keeps the stored values.
CREATE TABLE boxes (id integer PRIMARY KEY, w integer NOT NULL, h integer NOT NULL, area integer);
