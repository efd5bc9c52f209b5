CREATE TABLE tickets (id integer PRIMARY KEY, priority text NOT NULL DEFAULT 'normal');
INSERT INTO tickets VALUES (1, 'low'), (2, 'high'), (3, DEFAULT);
