CREATE TABLE public.products (
    id int4 NOT NULL,
    name text NOT NULL,
    price numeric NOT NULL,
    CONSTRAINT products_pkey PRIMARY KEY (id),
    CONSTRAINT price_positive CHECK ((price > (0)::numeric))
);

CREATE INDEX products_name_idx ON public.products USING btree (name ASC);
CREATE INDEX products_lower_name_idx ON public.products USING btree ((lower(name)));
CREATE UNIQUE INDEX products_name_key ON public.products USING btree (name) WHERE (price > (0)::numeric);
