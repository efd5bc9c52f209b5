-- A bigserial column added to a table with rows: each row gets a number.
CREATE TABLE logs (
    message text NOT NULL,
    id bigserial
);
