-- DESC NULLS LAST instead of DESC (whose default is NULLS FIRST), and ASC NULLS FIRST: rebuilt.
CREATE TABLE scores (id integer PRIMARY KEY, player text NOT NULL, points integer, at timestamptz);
CREATE INDEX scores_rank_idx ON scores (points DESC NULLS LAST, at NULLS FIRST);
