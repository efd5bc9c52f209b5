-- A domain's check and default written the short way and the way pg_dump writes them (a dump
-- reloaded): the server reads both the same, so exit 0.
CREATE DOMAIN yes_or_no AS varchar(3) DEFAULT 'NO' CONSTRAINT yes_or_no_check CHECK (VALUE IN ('YES', 'NO'));

CREATE TABLE answers (
    id integer PRIMARY KEY,
    answer yes_or_no
);
