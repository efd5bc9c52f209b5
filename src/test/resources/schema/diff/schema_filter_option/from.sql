CREATE SCHEMA app;

CREATE TABLE app.jobs (
    id integer PRIMARY KEY
);

CREATE TABLE public.ignored_in_public (
    id integer PRIMARY KEY
);
