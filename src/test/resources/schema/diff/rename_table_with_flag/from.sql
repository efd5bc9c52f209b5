CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE posts (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    title text NOT NULL
);

INSERT INTO users VALUES (1, 'Ada'), (2, 'Alan');
INSERT INTO posts VALUES (1, 1, 'Notes'), (2, 2, 'Computing');
