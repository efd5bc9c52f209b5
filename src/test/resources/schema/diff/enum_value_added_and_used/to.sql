-- The new value is used at once (a default and a check): ADD VALUE cannot be followed by a use of
-- the value in the same transaction, so this script runs statement by statement.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'shipped',
    shipped_at timestamptz,
    CONSTRAINT orders_shipped_at_check CHECK (status <> 'shipped' OR shipped_at IS NOT NULL)
);
