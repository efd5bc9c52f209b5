CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX users_email_index ON users (email);
CREATE INDEX users_recent ON users (created_at DESC) WHERE email IS NOT NULL;
