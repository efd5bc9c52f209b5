CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
CREATE VIEW user_labels AS SELECT id, email, name FROM users;
