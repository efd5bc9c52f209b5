-- An enum loses a value (so it is recreated) while a function takes it as an argument: the
-- function cannot outlive the old type, so it is dropped before and created again after.
CREATE TYPE status AS ENUM ('draft', 'sent', 'paid');

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    status status NOT NULL DEFAULT 'draft'
);

CREATE FUNCTION is_open(s status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s IN ('draft', 'sent') $$;
