-- Reverses V1__create_users.sql (paired by file name; Flyway never reads this folder).
DROP TRIGGER users_set_updated_at ON users;
DROP FUNCTION set_updated_at();
DROP TABLE users;
DROP TYPE user_status;
