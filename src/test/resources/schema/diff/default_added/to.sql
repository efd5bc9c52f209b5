CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    attempts integer NOT NULL DEFAULT 0,
    created_at timestamptz DEFAULT now(),
    tags text[] DEFAULT '{}'
);
