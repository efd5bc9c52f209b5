-- The column that owns a sequence is dropped, but the sequence lives on (owned by nothing) for a
-- new column: it must be released (OWNED BY NONE) before the column is dropped, or DROP COLUMN
-- takes it along.
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE SEQUENCE ticket_numbers;
ALTER TABLE tickets ADD COLUMN number integer DEFAULT nextval('ticket_numbers');
