CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'mauve');
CREATE TABLE paints (id integer PRIMARY KEY, color color NOT NULL, CONSTRAINT paints_not_blue CHECK (color <> 'blue'));
CREATE INDEX paints_red_idx ON paints (id) WHERE color = 'red';
INSERT INTO paints VALUES (1, 'red'), (2, 'green');
