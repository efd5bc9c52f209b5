CREATE DOMAIN email AS text CONSTRAINT email_check CHECK (VALUE LIKE '%@%');
CREATE TABLE contacts (id integer PRIMARY KEY, email email);
INSERT INTO contacts VALUES (1, 'a@example.com');
