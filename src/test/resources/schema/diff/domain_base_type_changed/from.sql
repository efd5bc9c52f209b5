CREATE DOMAIN short_name AS character varying(20);
