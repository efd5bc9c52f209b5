-- A library schema shrinks and tightens: reviews go, an enum loses 'lost' (recreated under a
-- view and a partial index), books.pages becomes NOT NULL, authors.born goes, a check is added.
CREATE TYPE loan_state AS ENUM ('out', 'returned');
CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (id serial PRIMARY KEY, author_id integer NOT NULL REFERENCES authors, title text NOT NULL,
    isbn char(13) UNIQUE, pages integer NOT NULL CHECK (pages > 0));
CREATE TABLE members (id serial PRIMARY KEY, name text NOT NULL, joined date NOT NULL DEFAULT CURRENT_DATE);
CREATE TABLE loans (id serial PRIMARY KEY, book_id integer NOT NULL REFERENCES books, member_id integer NOT NULL REFERENCES members,
    state loan_state NOT NULL DEFAULT 'out', due date NOT NULL, CONSTRAINT loans_due_after_2000 CHECK (due > '2000-01-01'));
CREATE INDEX loans_due_idx ON loans (due) WHERE state = 'out';
CREATE VIEW overdue AS SELECT l.id, b.title, m.name FROM loans l JOIN books b ON b.id = l.book_id JOIN members m ON m.id = l.member_id
    WHERE l.state = 'out' AND l.due < CURRENT_DATE;
