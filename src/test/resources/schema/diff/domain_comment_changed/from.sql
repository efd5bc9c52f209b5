CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
COMMENT ON DOMAIN slug IS 'url part';
