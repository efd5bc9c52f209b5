CREATE TABLE orders (id bigserial PRIMARY KEY, note text);
INSERT INTO orders (note) VALUES ('first'), ('second');
