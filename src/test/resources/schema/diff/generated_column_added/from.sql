CREATE TABLE rectangles (
    id integer PRIMARY KEY,
    width numeric NOT NULL,
    height numeric NOT NULL
);

INSERT INTO rectangles VALUES (1, 2, 3), (2, 4, 5);
