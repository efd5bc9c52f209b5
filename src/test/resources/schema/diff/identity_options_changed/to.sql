-- An identity's increment, start and cache change: altered in place, the sequence continues
-- from where it is (no restart, no rows renumbered).
CREATE TABLE invoices (
    id integer GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 10 CACHE 20) PRIMARY KEY,
    total numeric NOT NULL
);
