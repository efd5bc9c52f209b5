-- A sequence two tables use changes owner: OWNED BY the new table's column, so dropping the old
-- table later no longer takes it along. The sequence keeps its position.
CREATE TABLE orders_2025 (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);

CREATE SEQUENCE order_ids OWNED BY orders.id;
ALTER TABLE orders_2025 ALTER COLUMN id SET DEFAULT nextval('order_ids');
ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('order_ids');
