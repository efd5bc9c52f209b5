-- An enum in another schema gains values at both ends while a view filters on it.
CREATE SCHEMA shop;
CREATE TYPE shop.size AS ENUM ('xs', 's', 'm', 'l', 'xl');
CREATE TABLE shop.shirts (id integer PRIMARY KEY, size shop.size NOT NULL);
CREATE VIEW shop.large_shirts AS SELECT id FROM shop.shirts WHERE size = 'l';
