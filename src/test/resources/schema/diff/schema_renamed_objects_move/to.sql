-- Without a rename flag a schema's new name is a new schema: the old one and its table go.
CREATE SCHEMA new_app;
CREATE TABLE new_app.items (id integer PRIMARY KEY, name text);
