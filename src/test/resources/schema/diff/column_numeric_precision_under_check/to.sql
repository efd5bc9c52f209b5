-- numeric(8,2) to numeric(12,4) with a check on the column.
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(12,4) NOT NULL CONSTRAINT amount_positive CHECK (amount > 0));
