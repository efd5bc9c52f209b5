CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text
);

CREATE INDEX users_name_idx ON users (name);

INSERT INTO users VALUES (1, 'Ada Lovelace', 'ada@example.com'), (2, 'Alan Turing', NULL);
