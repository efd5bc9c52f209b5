CREATE TABLE tickets (
    id serial PRIMARY KEY,
    title text NOT NULL
);

INSERT INTO tickets (title) VALUES ('one'), ('two');
