-- Only app is compared: feed lists app.orders on both sides, and what it lists in public is not
-- compared; audit_feed lists only public's tables, so it is not compared at all.
CREATE SCHEMA app;
CREATE TABLE app.orders (id integer PRIMARY KEY);
CREATE TABLE public.audit (id integer PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE app.orders;
