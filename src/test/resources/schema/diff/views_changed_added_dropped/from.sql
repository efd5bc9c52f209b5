CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_users AS SELECT id, name FROM users WHERE active;
CREATE VIEW active_names AS SELECT name FROM active_users;
CREATE VIEW old_report AS SELECT count(*) AS total FROM users;
CREATE MATERIALIZED VIEW user_stats AS SELECT count(*) AS total FROM users;
