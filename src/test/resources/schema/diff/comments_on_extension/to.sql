-- A custom comment on an extension.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
COMMENT ON EXTENSION pgcrypto IS 'For gen_random_bytes';
