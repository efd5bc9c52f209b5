CREATE TABLE shops (
    id integer PRIMARY KEY
);

INSERT INTO shops VALUES (1);
