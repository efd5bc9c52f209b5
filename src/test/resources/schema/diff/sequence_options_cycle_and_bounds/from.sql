CREATE SEQUENCE ticket_numbers;
CREATE TABLE tickets (id integer PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('ticket_numbers'));
INSERT INTO tickets (id) VALUES (1), (2);
