CREATE TABLE tickets (
    id integer PRIMARY KEY,
    legacy_number integer NOT NULL,
    title text NOT NULL
);

CREATE SEQUENCE ticket_numbers OWNED BY tickets.legacy_number;
ALTER TABLE tickets ALTER COLUMN legacy_number SET DEFAULT nextval('ticket_numbers');

INSERT INTO tickets (id, title) VALUES (1, 'a'), (2, 'b');
