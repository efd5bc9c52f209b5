-- Nullable and NOT NULL columns with defaults: existing rows get the defaults.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    bio text,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
