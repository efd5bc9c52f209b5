-- Only app is compared: the event trigger runs a function in public, so it goes with public
-- and is neither dropped nor reported.
CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY);
