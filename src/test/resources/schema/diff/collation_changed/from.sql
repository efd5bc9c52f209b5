CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    sort_key text,
    code varchar(20) COLLATE "POSIX"
);

CREATE INDEX words_word_idx ON words (word);

INSERT INTO words VALUES (1, 'apple', 'a', 'X1'), (2, 'Banana', 'b', 'X2');
