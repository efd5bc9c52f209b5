-- One view gains a column (CREATE OR REPLACE can do that), the other loses one (it cannot).
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_users AS SELECT id, email, name FROM users WHERE active AND email <> '';
CREATE VIEW user_labels AS SELECT id, coalesce(name, email) AS label FROM users;
