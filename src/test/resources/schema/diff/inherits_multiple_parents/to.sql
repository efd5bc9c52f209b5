-- Two parents in order, one in another schema, and a grandchild.
CREATE SCHEMA audit;

CREATE TABLE audit.stamped (
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE named (
    name text NOT NULL
);

CREATE TABLE products (
    sku text PRIMARY KEY
) INHERITS (named, audit.stamped);

CREATE TABLE digital_products (
    url text NOT NULL
) INHERITS (products);
