-- With --schema app only app is compared: the public table missing here is not dropped.
CREATE SCHEMA app;

CREATE TABLE app.jobs (
    id integer PRIMARY KEY,
    queue text NOT NULL DEFAULT 'default'
);
