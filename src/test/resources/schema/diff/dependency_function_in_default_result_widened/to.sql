-- The function a default calls returns bigint instead of integer: it is dropped and created again
-- under the same signature, and the default, whose text reads the same (PostgreSQL prints no
-- implicit cast), goes before the old function and comes back after the new one exists.
CREATE FUNCTION starting_credit() RETURNS bigint LANGUAGE sql IMMUTABLE RETURN 100;
CREATE TABLE wallets (id integer PRIMARY KEY, credit bigint NOT NULL DEFAULT starting_credit());
