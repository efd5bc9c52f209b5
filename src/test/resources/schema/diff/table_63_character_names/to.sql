-- Table, column and constraint names at PostgreSQL's limit of 63 bytes; the generated names of
-- the primary key and the sequence are truncated by the server.
CREATE TABLE placeholder (id integer PRIMARY KEY);
CREATE TABLE customer_subscription_billing_cycle_adjustment_history_entries (
    id bigserial PRIMARY KEY,
    adjustment_reason_code_from_the_billing_provider_raw_payload_ab text,
    placeholder_id integer REFERENCES placeholder
);
