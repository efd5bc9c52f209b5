-- An enum loses a value while a check and a partial index compare the column with literals of it.
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE paints (id integer PRIMARY KEY, color color NOT NULL, CONSTRAINT paints_not_blue CHECK (color <> 'blue'));
CREATE INDEX paints_red_idx ON paints (id) WHERE color = 'red';
