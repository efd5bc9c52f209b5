CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN percent AS numeric CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE entries (id integer PRIMARY KEY, mood mood, score percent);
CREATE VIEW happy_entries AS SELECT id, score FROM entries WHERE mood = 'happy';
