-- Domains with a default, NOT NULL, checks, a collation and a comment, one over another's type.
CREATE SCHEMA app;

CREATE DOMAIN app.positive_int AS integer DEFAULT 1 NOT NULL CONSTRAINT positive CHECK (VALUE > 0);
CREATE DOMAIN app.email AS text COLLATE "C"
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%')
    CONSTRAINT email_short CHECK (length(VALUE) < 255);
COMMENT ON DOMAIN app.email IS 'an address';
CREATE DOMAIN public.us_zip AS character varying(10) CHECK (VALUE ~ '^\d{5}$');
