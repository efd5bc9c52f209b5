-- A new base type cannot be altered in: the unused domain is dropped and created.
CREATE DOMAIN short_name AS character varying(40);
