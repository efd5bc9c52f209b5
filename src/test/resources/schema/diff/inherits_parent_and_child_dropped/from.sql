CREATE TABLE shapes (
    id integer PRIMARY KEY
);
CREATE TABLE circles (
    radius real NOT NULL
) INHERITS (shapes);
CREATE TABLE squares (
    side real NOT NULL
) INHERITS (shapes);
