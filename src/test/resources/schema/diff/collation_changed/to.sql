CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "POSIX" NOT NULL,
    sort_key text COLLATE "C",
    code varchar(20)
);

CREATE INDEX words_word_idx ON words (word);
