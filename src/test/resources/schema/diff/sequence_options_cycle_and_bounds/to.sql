-- A sequence gets bounds, a step, a cache and CYCLE: altered in place, where it is kept.
CREATE SEQUENCE ticket_numbers INCREMENT BY 5 MINVALUE 1 MAXVALUE 1000000 CACHE 10 CYCLE;
CREATE TABLE tickets (id integer PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('ticket_numbers'));
