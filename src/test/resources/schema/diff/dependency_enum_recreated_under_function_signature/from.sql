CREATE TYPE status AS ENUM ('draft', 'sent', 'paid', 'void');

CREATE TABLE invoices (
    id integer PRIMARY KEY,
    status status NOT NULL DEFAULT 'draft'
);

INSERT INTO invoices VALUES (1, 'draft'), (2, 'paid');

CREATE FUNCTION is_open(s status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s IN ('draft', 'sent') $$;
