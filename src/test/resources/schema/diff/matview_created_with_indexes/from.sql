CREATE SCHEMA reports;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric NOT NULL
);

INSERT INTO public.orders VALUES (1, 'ada', 10), (2, 'ada', 20), (3, 'bob', 5);
