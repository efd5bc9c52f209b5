-- A table that another view reads becomes a view itself (over a new table): the reading view is
-- dropped first, the table dropped, the new table and the view of the old name created, then the
-- reading view again on top of it.
CREATE TABLE price_list (
    product text PRIMARY KEY,
    amount_cents integer NOT NULL
);

CREATE VIEW prices AS SELECT product, amount_cents / 100.0 AS amount FROM price_list;

CREATE VIEW cheap_products AS SELECT product FROM prices WHERE amount < 5;
