CREATE TABLE accounts (
    id integer PRIMARY KEY
);

CREATE TABLE invoices (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    issued_on date NOT NULL,
    PRIMARY KEY (id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

INSERT INTO accounts VALUES (1);
INSERT INTO invoices VALUES (10, 1, '2025-05-05');
