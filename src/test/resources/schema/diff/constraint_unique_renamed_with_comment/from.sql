CREATE TABLE members (id integer PRIMARY KEY, email text NOT NULL CONSTRAINT members_email_key UNIQUE);
COMMENT ON CONSTRAINT members_email_key ON members IS 'one member per address';
INSERT INTO members VALUES (1, 'a@example.com');
