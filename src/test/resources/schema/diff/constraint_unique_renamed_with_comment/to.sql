-- A unique constraint renamed; its comment follows it.
CREATE TABLE members (id integer PRIMARY KEY, email text NOT NULL CONSTRAINT members_email_unique UNIQUE);
COMMENT ON CONSTRAINT members_email_unique ON members IS 'one member per address';
