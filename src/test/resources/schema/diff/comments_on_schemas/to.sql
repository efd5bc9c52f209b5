-- Schema comments changed and on a created schema.
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Invoices and payments';
CREATE SCHEMA reports;
COMMENT ON SCHEMA reports IS 'Read-only';
