CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

INSERT INTO users VALUES (1, 'ada@example.com'), (2, 'alan@example.com');
