-- text -> integer needs a USING cast, and the default ('0', text) cannot be cast automatically.
CREATE TABLE stock (
    sku text PRIMARY KEY,
    quantity text NOT NULL DEFAULT '0'
);

INSERT INTO stock VALUES ('a-1', '42'), ('b-2', '-7'), ('c-3', '0');
