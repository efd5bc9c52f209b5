CREATE DOMAIN username AS text
    CONSTRAINT username_length CHECK (length(VALUE) BETWEEN 3 AND 20)
    CONSTRAINT username_lower CHECK (VALUE = lower(VALUE))
    CONSTRAINT username_no_space CHECK (position(' ' IN VALUE) = 0);
CREATE TABLE users (id integer PRIMARY KEY, name username NOT NULL);
INSERT INTO users VALUES (1, 'ada');
