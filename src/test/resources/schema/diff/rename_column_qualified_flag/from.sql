CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email varchar(200) NOT NULL UNIQUE
);

INSERT INTO accounts VALUES (1, 'a@example.com'), (2, 'b@example.com');
