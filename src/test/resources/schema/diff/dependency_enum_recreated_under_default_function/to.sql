-- An enum loses a value (recreated) while a function returning it is a column's default: the
-- default goes, the function goes, the type is swapped, and both come back.
CREATE TYPE tier AS ENUM ('free', 'pro');
CREATE FUNCTION default_tier() RETURNS tier LANGUAGE sql STABLE RETURN 'free'::tier;
CREATE TABLE accounts (id integer PRIMARY KEY, tier tier NOT NULL DEFAULT default_tier());
