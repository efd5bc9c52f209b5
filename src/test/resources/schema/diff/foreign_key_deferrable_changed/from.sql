CREATE TABLE authors (id integer PRIMARY KEY);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer NOT NULL CONSTRAINT books_author_fk REFERENCES authors);
CREATE TABLE reviews (id integer PRIMARY KEY, book_id integer CONSTRAINT reviews_book_fk REFERENCES books DEFERRABLE INITIALLY DEFERRED);
INSERT INTO authors VALUES (1); INSERT INTO books VALUES (1, 1); INSERT INTO reviews VALUES (1, 1);
