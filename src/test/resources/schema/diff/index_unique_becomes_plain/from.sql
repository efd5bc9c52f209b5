CREATE TABLE sessions (id integer PRIMARY KEY, token text NOT NULL, user_id integer NOT NULL);
CREATE UNIQUE INDEX sessions_token_idx ON sessions (token);
CREATE INDEX sessions_user_idx ON sessions (user_id);
