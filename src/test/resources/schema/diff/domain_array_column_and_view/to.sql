-- A domain used by an array column and read by a view.
CREATE DOMAIN tag AS text CHECK (VALUE ~ '^[a-z]+$');

CREATE TABLE products (
    id integer PRIMARY KEY,
    tags tag[] NOT NULL DEFAULT '{}'
);

CREATE VIEW tagged AS SELECT id, tags FROM products WHERE cardinality(tags) > 0;
