CREATE TABLE logs (
    message text NOT NULL
);

INSERT INTO logs VALUES ('one'), ('two'), ('three');
