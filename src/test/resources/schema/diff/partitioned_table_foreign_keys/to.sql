-- A foreign key from the partitioned table, and one referencing it: both on the parent only.
CREATE TABLE accounts (
    id integer PRIMARY KEY
);

CREATE TABLE invoices (
    id bigint NOT NULL,
    account_id integer NOT NULL REFERENCES accounts (id),
    issued_on date NOT NULL,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE invoice_lines (
    invoice_id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric(10,2) NOT NULL,
    FOREIGN KEY (invoice_id, issued_on) REFERENCES invoices (id, issued_on) ON DELETE CASCADE
);
