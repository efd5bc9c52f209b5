-- A serial's table and column both renamed with the flag: its sequence takes the name serial
-- gives it under the new names, and keeps counting.
CREATE TABLE purchases (purchase_id bigserial PRIMARY KEY, note text);
