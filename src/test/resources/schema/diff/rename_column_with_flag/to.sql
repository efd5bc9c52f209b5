-- name becomes full_name (--rename users.name=users.full_name); the index follows the column.
CREATE TABLE users (
    id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text
);

CREATE INDEX users_name_idx ON users (full_name);
