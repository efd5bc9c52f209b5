CREATE SCHEMA shop;
CREATE TYPE shop.size AS ENUM ('s', 'm', 'l');
CREATE TABLE shop.shirts (id integer PRIMARY KEY, size shop.size NOT NULL);
CREATE VIEW shop.large_shirts AS SELECT id FROM shop.shirts WHERE size = 'l';
INSERT INTO shop.shirts VALUES (1, 'm');
