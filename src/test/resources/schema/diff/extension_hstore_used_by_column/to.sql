-- An extension's type used by a new column and a GIN index with the extension's opclass.
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE products (id integer PRIMARY KEY, attributes hstore);
CREATE INDEX products_attributes_idx ON products USING gin (attributes);
