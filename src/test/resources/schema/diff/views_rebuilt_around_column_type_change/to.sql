CREATE TABLE scores (id integer PRIMARY KEY, player text NOT NULL, points bigint NOT NULL);
CREATE VIEW scores_ranked AS SELECT id, player, points FROM scores ORDER BY points DESC;
CREATE VIEW scores_top AS SELECT player, points FROM scores_ranked WHERE points > 10;
CREATE VIEW players AS SELECT DISTINCT player FROM scores;
