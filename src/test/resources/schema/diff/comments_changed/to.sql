-- Table comment changed, one column comment removed, one added, one kept; quotes in the text.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text
);

COMMENT ON TABLE users IS 'People who sign in (it''s them)';
COMMENT ON COLUMN users.name IS 'Unchanged';
COMMENT ON COLUMN users.id IS 'Never reused';
