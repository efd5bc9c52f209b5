-- A cache table that need not survive a crash.
CREATE TABLE users (
    id integer PRIMARY KEY
);

CREATE UNLOGGED TABLE session_cache (
    token text PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamptz NOT NULL
);
