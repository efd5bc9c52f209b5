CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN label AS text NOT NULL;
