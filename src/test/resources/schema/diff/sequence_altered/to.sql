-- Altered in place, so it keeps its position: recreating it would hand out 1 again.
CREATE SEQUENCE ticket_numbers INCREMENT BY 5 CACHE 20 MAXVALUE 1000000;
