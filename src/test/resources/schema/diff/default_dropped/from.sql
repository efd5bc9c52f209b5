CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    created_at timestamptz DEFAULT now()
);
