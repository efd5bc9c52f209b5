CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    attempts integer NOT NULL DEFAULT 0,
    due_at timestamptz DEFAULT now()
);
