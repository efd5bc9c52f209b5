CREATE SCHEMA legacy;
COMMENT ON SCHEMA legacy IS 'the old billing system';
CREATE TABLE legacy.invoices (id integer CONSTRAINT invoices_pkey PRIMARY KEY);
COMMENT ON CONSTRAINT invoices_pkey ON legacy.invoices IS 'numbered by hand';
CREATE TABLE public.accounts (id integer PRIMARY KEY);
