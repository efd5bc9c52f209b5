CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'pending',
    attempts integer NOT NULL DEFAULT 1,
    due_at timestamptz DEFAULT now() + interval '1 day'
);
