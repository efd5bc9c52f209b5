-- An index column with an explicit collation (the column's own stays default).
CREATE TABLE words (id integer PRIMARY KEY, word text NOT NULL);
CREATE INDEX words_word_idx ON words (word COLLATE "C");
