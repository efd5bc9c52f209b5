-- List and hash partitioning, in a schema of their own.
CREATE SCHEMA app;

CREATE TABLE app.orders (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric(12,2) NOT NULL DEFAULT 0
) PARTITION BY LIST (region);

CREATE TABLE app.orders_eu PARTITION OF app.orders FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE app.orders_us PARTITION OF app.orders FOR VALUES IN ('us');

CREATE TABLE app.sessions (
    user_id bigint NOT NULL,
    token text NOT NULL
) PARTITION BY HASH (user_id);

CREATE TABLE app.sessions_0 PARTITION OF app.sessions FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE app.sessions_1 PARTITION OF app.sessions FOR VALUES WITH (modulus 2, remainder 1);
