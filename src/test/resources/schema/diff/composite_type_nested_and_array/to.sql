-- A composite type holding another composite and an array of it; a table column uses it.
CREATE TYPE money_amount AS (amount numeric, currency char(3));
CREATE TYPE price_range AS (low money_amount, high money_amount, tiers money_amount[]);
CREATE TABLE offers (id integer PRIMARY KEY, price price_range);
