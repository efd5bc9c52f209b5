-- points widens to bigint: PostgreSQL refuses while a view reads the column, so every view that
-- reads scores, directly or through another view, is dropped before and created after.
CREATE TABLE scores (id integer PRIMARY KEY, player text NOT NULL, points integer NOT NULL);
INSERT INTO scores VALUES (1, 'ada', 30), (2, 'bob', 5);
CREATE VIEW scores_ranked AS SELECT id, player, points FROM scores ORDER BY points DESC;
CREATE VIEW scores_top AS SELECT player, points FROM scores_ranked WHERE points > 10;
CREATE VIEW players AS SELECT DISTINCT player FROM scores;
