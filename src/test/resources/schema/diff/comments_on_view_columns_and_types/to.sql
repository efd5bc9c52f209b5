-- Comments on a view's column, an enum, a domain and a view.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN percent AS numeric CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE entries (id integer PRIMARY KEY, mood mood, score percent);
CREATE VIEW happy_entries AS SELECT id, score FROM entries WHERE mood = 'happy';
COMMENT ON COLUMN happy_entries.score IS 'from 0 to 100';
COMMENT ON VIEW happy_entries IS 'only the good days';
COMMENT ON TYPE mood IS 'how it went';
COMMENT ON DOMAIN percent IS 'a share';
