-- An attribute dropped, one retyped, one added: altered in place.
CREATE TYPE address AS (street text, zip character varying(10), country text);
