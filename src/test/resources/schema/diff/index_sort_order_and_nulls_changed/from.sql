CREATE TABLE scores (id integer PRIMARY KEY, player text NOT NULL, points integer, at timestamptz);
CREATE INDEX scores_rank_idx ON scores (points DESC, at);
