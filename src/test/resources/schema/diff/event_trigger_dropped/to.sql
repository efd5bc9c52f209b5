-- Both event triggers and their functions go: the triggers first, which PostgreSQL requires
-- (backwards: the disabled one is created disabled).
CREATE TABLE items (id integer PRIMARY KEY);
