CREATE SCHEMA app;

CREATE TABLE app.purchases (
    id integer PRIMARY KEY,
    total numeric(10,2) NOT NULL
);

CREATE TABLE public.app (
    id integer PRIMARY KEY,
    orders integer
);
