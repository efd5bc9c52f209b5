-- What Hibernate writes for @Enumerated(STRING) (IN lists on varchar) against the text PostgreSQL
-- prints for it, re-emitted as a migration would: exit 0 (issue 13 item 1).
CREATE TABLE cargo (
    id bigint PRIMARY KEY,
    routing_status varchar(255) CHECK (routing_status IN ('NOT_ROUTED', 'ROUTED', 'MISROUTED')),
    dtype varchar(31) NOT NULL,
    CONSTRAINT cargo_dtype_check CHECK (dtype IN ('Cargo', 'Container'))
);
CREATE INDEX cargo_routed_idx ON cargo (id) WHERE routing_status IN ('ROUTED', 'MISROUTED');
ALTER TABLE cargo ENABLE ROW LEVEL SECURITY;
CREATE POLICY routed ON cargo FOR SELECT USING (routing_status IN ('ROUTED'));
