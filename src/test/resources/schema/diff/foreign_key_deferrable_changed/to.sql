-- One key becomes DEFERRABLE INITIALLY DEFERRED, the other DEFERRABLE INITIALLY IMMEDIATE.
CREATE TABLE authors (id integer PRIMARY KEY);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer NOT NULL CONSTRAINT books_author_fk REFERENCES authors DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE reviews (id integer PRIMARY KEY, book_id integer CONSTRAINT reviews_book_fk REFERENCES books DEFERRABLE);
