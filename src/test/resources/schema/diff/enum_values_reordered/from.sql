CREATE TYPE size AS ENUM ('small', 'large', 'medium');

CREATE TABLE shirts (
    id integer PRIMARY KEY,
    size size NOT NULL DEFAULT 'medium'
);

INSERT INTO shirts VALUES (1, 'small'), (2, 'large'), (3, 'medium');
