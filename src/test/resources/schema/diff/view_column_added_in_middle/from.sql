CREATE TABLE people (id integer PRIMARY KEY, first text, last text, email text);
CREATE VIEW people_v AS SELECT id, first, email FROM people;
