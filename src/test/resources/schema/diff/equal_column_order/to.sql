CREATE TABLE users (
    created_at timestamptz NOT NULL DEFAULT now(),
    name text,
    id integer PRIMARY KEY,
    email text NOT NULL
);
