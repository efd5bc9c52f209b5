-- A check added NOT VALID (old rows that break it stay; new rows are checked): it stays NOT VALID.
CREATE TABLE payments (id integer PRIMARY KEY, amount numeric NOT NULL, fee numeric NOT NULL);
ALTER TABLE payments ADD CONSTRAINT fee_below_amount CHECK (fee < amount) NOT VALID;
