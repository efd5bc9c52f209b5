-- A view gains a column between existing ones (CREATE OR REPLACE can only append): rebuilt.
CREATE TABLE people (id integer PRIMARY KEY, first text, last text, email text);
CREATE VIEW people_v AS SELECT id, first, last, email FROM people;
