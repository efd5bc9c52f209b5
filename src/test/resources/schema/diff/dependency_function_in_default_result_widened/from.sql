CREATE FUNCTION starting_credit() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 100;
CREATE TABLE wallets (id integer PRIMARY KEY, credit bigint NOT NULL DEFAULT starting_credit());
INSERT INTO wallets VALUES (1, 5);
