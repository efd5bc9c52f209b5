CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    attempts integer NOT NULL,
    created_at timestamptz,
    tags text[]
);
