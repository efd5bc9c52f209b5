-- A partitioned table gains a unique index (with the partition key), a primary key and a foreign
-- key: each is made on the parent and reaches the partitions.
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE entries (account_id integer NOT NULL REFERENCES accounts, booked_on date NOT NULL, amount numeric NOT NULL,
    ref text NOT NULL, PRIMARY KEY (ref, booked_on))
    PARTITION BY RANGE (booked_on);
CREATE TABLE entries_2026 PARTITION OF entries FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE entries_2027 PARTITION OF entries FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE UNIQUE INDEX entries_account_ref ON entries (account_id, ref, booked_on);
