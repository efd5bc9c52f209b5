CREATE TYPE tier AS ENUM ('free', 'pro', 'legacy');
CREATE FUNCTION default_tier() RETURNS tier LANGUAGE sql STABLE RETURN 'free'::tier;
CREATE TABLE accounts (id integer PRIMARY KEY, tier tier NOT NULL DEFAULT default_tier());
INSERT INTO accounts VALUES (1, 'pro'), (2, 'free');
