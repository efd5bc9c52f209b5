CREATE TYPE flag AS ENUM ('new', 'hot', 'sale', 'old');
CREATE TABLE products (id integer PRIMARY KEY, flags flag[] NOT NULL DEFAULT '{}');
INSERT INTO products VALUES (1, '{hot,sale}'), (2, '{}');
