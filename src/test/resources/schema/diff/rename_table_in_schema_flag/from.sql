-- app.orders is a table, so --rename app.orders=app.purchases renames that table, although a
-- table public.app with a column orders exists too.
CREATE SCHEMA app;

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    total numeric(10,2) NOT NULL
);

CREATE TABLE public.app (
    id integer PRIMARY KEY,
    orders integer
);

INSERT INTO app.orders VALUES (1, 9.99), (2, 20.00);
INSERT INTO public.app VALUES (1, 2);
