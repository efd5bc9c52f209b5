CREATE TABLE words (id integer PRIMARY KEY, word text NOT NULL);
CREATE INDEX words_word_idx ON words (word);
