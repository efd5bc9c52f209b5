-- A value added to an @Enumerated(STRING) column's IN list, the target spelled as PostgreSQL
-- prints it: a real change, not a spelling.
CREATE TABLE cargo (
    id bigint PRIMARY KEY,
    routing_status varchar(255) CHECK (routing_status IN ('NOT_ROUTED', 'ROUTED'))
);
