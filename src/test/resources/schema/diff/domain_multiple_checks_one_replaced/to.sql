-- A domain with three named checks: one changed, one dropped, one kept, one added.
CREATE DOMAIN username AS text
    CONSTRAINT username_length CHECK (length(VALUE) BETWEEN 3 AND 32)
    CONSTRAINT username_no_space CHECK (position(' ' IN VALUE) = 0)
    CONSTRAINT username_ascii CHECK (VALUE ~ '^[a-z0-9_]+$');
CREATE TABLE users (id integer PRIMARY KEY, name username NOT NULL);
