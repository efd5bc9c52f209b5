-- An enum used as an array column loses a value no row holds: recreated, the array recast.
CREATE TYPE flag AS ENUM ('new', 'hot', 'sale');
CREATE TABLE products (id integer PRIMARY KEY, flags flag[] NOT NULL DEFAULT '{}');
