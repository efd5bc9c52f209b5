CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE entries (account_id integer NOT NULL, booked_on date NOT NULL, amount numeric NOT NULL, ref text NOT NULL)
    PARTITION BY RANGE (booked_on);
CREATE TABLE entries_2026 PARTITION OF entries FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE entries_2027 PARTITION OF entries FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
INSERT INTO accounts VALUES (1);
INSERT INTO entries VALUES (1, '2026-05-01', 10, 'a');
