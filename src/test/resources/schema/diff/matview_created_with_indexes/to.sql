-- A new materialized view in another schema with a unique and an expression index: created
-- after the view, in the view's schema.
CREATE SCHEMA reports;
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    total numeric NOT NULL
);

CREATE MATERIALIZED VIEW reports.customer_totals AS
    SELECT customer, sum(total) AS total FROM public.orders GROUP BY customer;
CREATE UNIQUE INDEX customer_totals_customer ON reports.customer_totals (customer);
CREATE INDEX customer_totals_lower ON reports.customer_totals (lower(customer));
