-- Indexes and checks written the short way and the way pg_dump writes them: exit 0.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0)
);

CREATE INDEX products_name_idx ON products (name);
CREATE INDEX products_lower_name_idx ON products (lower(name));
CREATE UNIQUE INDEX products_name_key ON products (name) WHERE price > 0;
