CREATE TABLE people (id integer PRIMARY KEY, email text NOT NULL, name text NOT NULL, tags text[]);
