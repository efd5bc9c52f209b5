-- Only the comment of the domain changes.
CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
COMMENT ON DOMAIN slug IS 'the last part of a URL';
