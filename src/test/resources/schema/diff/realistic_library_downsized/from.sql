CREATE TYPE loan_state AS ENUM ('out', 'returned', 'lost');
CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL, born date);
CREATE TABLE books (id serial PRIMARY KEY, author_id integer NOT NULL REFERENCES authors, title text NOT NULL,
    isbn char(13) UNIQUE, pages integer CHECK (pages > 0));
CREATE TABLE members (id serial PRIMARY KEY, name text NOT NULL, joined date NOT NULL DEFAULT CURRENT_DATE);
CREATE TABLE loans (id serial PRIMARY KEY, book_id integer NOT NULL REFERENCES books, member_id integer NOT NULL REFERENCES members,
    state loan_state NOT NULL DEFAULT 'out', due date NOT NULL);
CREATE INDEX loans_due_idx ON loans (due) WHERE state = 'out';
CREATE VIEW overdue AS SELECT l.id, b.title, m.name FROM loans l JOIN books b ON b.id = l.book_id JOIN members m ON m.id = l.member_id
    WHERE l.state = 'out' AND l.due < CURRENT_DATE;
CREATE TABLE reviews (id serial PRIMARY KEY, book_id integer REFERENCES books, stars smallint);
INSERT INTO authors (name) VALUES ('Le Guin');
INSERT INTO books (author_id, title, pages) VALUES (1, 'The Dispossessed', 387);
INSERT INTO members (name) VALUES ('Ada');
INSERT INTO loans (book_id, member_id, due) VALUES (1, 1, '2026-01-10');
