CREATE TABLE logs (
    id bigint NOT NULL,
    logged_on date NOT NULL,
    line text
);
CREATE INDEX logs_logged_on_idx ON logs (logged_on);
