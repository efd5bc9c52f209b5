CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email text,
    phone text
);

INSERT INTO contacts VALUES (1, 'a@example.com', '555-0100'), (2, 'b@example.com', '555-0101');
