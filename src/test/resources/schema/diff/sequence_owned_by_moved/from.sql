CREATE TABLE orders_2025 (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);

CREATE SEQUENCE order_ids OWNED BY orders_2025.id;
ALTER TABLE orders_2025 ALTER COLUMN id SET DEFAULT nextval('order_ids');
ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('order_ids');

INSERT INTO orders_2025 (total) VALUES (1), (2);
INSERT INTO orders (total) VALUES (3);
