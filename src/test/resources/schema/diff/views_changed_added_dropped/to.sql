-- active_users changes (and gains security_invoker), so active_names, which reads it, is
-- recreated too; the materialized view changes; one view goes, one with a comment comes.
CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_users WITH (security_invoker = true) AS
    SELECT id, name FROM users WHERE active AND name IS NOT NULL;
CREATE VIEW active_names AS SELECT name FROM active_users;
CREATE MATERIALIZED VIEW user_stats AS SELECT count(*) AS total, count(*) FILTER (WHERE active) AS active FROM users;
CREATE VIEW named_users AS SELECT id FROM users WHERE name IS NOT NULL;
COMMENT ON VIEW named_users IS 'users with a name';
