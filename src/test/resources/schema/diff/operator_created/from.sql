CREATE TABLE users (id integer PRIMARY KEY, role text NOT NULL);
INSERT INTO users VALUES (1, 'Admin');
