-- Extensions move to a schema of their own in place: SET SCHEMA, nothing dropped.
CREATE SCHEMA extensions_app;
CREATE EXTENSION citext WITH SCHEMA extensions_app;
CREATE EXTENSION hstore WITH SCHEMA public;
