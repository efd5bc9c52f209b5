CREATE SEQUENCE ticket_numbers INCREMENT BY 1 CACHE 1;
SELECT setval('ticket_numbers', 100);
