CREATE SCHEMA reporting;

CREATE TABLE reporting.daily (
    day date PRIMARY KEY,
    visits integer NOT NULL
);

CREATE TABLE public.users (
    id integer PRIMARY KEY
);
