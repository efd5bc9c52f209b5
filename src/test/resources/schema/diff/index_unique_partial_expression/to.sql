CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    deleted_at timestamptz
);

CREATE UNIQUE INDEX users_live_email_key ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_lower_name_idx ON users (lower(name));
CREATE UNIQUE INDEX users_name_email_key ON users (name, email);
