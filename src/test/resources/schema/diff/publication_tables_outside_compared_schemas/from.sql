CREATE SCHEMA app;
CREATE TABLE app.orders (id integer PRIMARY KEY);
CREATE TABLE public.audit (id integer PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE app.orders, TABLE public.audit;
CREATE PUBLICATION audit_feed FOR TABLE public.audit;
