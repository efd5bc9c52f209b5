-- Reverses V20261121053000__create_user_credentials.sql.
DROP TABLE user_credentials;
