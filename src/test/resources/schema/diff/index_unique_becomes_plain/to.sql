-- A unique index loses UNIQUE and a plain one gains it: both rebuilt.
CREATE TABLE sessions (id integer PRIMARY KEY, token text NOT NULL, user_id integer NOT NULL);
CREATE INDEX sessions_token_idx ON sessions (token);
CREATE UNIQUE INDEX sessions_user_idx ON sessions (user_id);
