-- A second schema with its own enum, a table referencing public, and a view.
CREATE TABLE users (
    id integer PRIMARY KEY
);

CREATE SCHEMA app;
CREATE TYPE app.level AS ENUM ('debug', 'info', 'error');

CREATE TABLE app.settings (
    user_id integer NOT NULL REFERENCES public.users (id),
    key text NOT NULL,
    value text,
    level app.level NOT NULL DEFAULT 'info',
    PRIMARY KEY (user_id, key)
);

CREATE VIEW app.error_settings AS SELECT user_id, key FROM app.settings WHERE level = 'error';
