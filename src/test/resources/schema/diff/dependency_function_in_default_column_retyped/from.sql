CREATE TABLE settings (start integer NOT NULL);
INSERT INTO settings VALUES (10);
CREATE FUNCTION first_score() RETURNS integer LANGUAGE sql STABLE RETURN (SELECT start FROM settings);
CREATE TABLE scores (id integer PRIMARY KEY, points integer DEFAULT first_score());
INSERT INTO scores VALUES (1, 3);
