CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text
);

COMMENT ON TABLE users IS 'People';
COMMENT ON COLUMN users.email IS 'Login';
COMMENT ON COLUMN users.name IS 'Unchanged';
