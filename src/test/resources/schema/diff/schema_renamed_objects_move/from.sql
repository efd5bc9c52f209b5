CREATE SCHEMA old_app;
CREATE TABLE old_app.items (id integer PRIMARY KEY, name text);
