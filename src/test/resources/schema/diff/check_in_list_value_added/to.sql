CREATE TABLE cargo (
    id bigint PRIMARY KEY,
    routing_status character varying(255),
    CONSTRAINT cargo_routing_status_check CHECK (((routing_status)::text = ANY ((ARRAY['NOT_ROUTED'::character varying, 'ROUTED'::character varying, 'LOST'::character varying])::text[])))
);
