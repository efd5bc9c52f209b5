-- The same columns in another order: column order is not compared, exit 0.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    created_at timestamptz NOT NULL DEFAULT now()
);
