-- Same values, new order (it changes sorting): the type is recreated and the column recast;
-- nothing is lost, so this is not destructive.
CREATE TYPE size AS ENUM ('small', 'medium', 'large');

CREATE TABLE shirts (
    id integer PRIMARY KEY,
    size size NOT NULL DEFAULT 'medium'
);
