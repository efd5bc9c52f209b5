CREATE TABLE cargo (
    id bigint PRIMARY KEY,
    routing_status character varying(255),
    dtype character varying(31) NOT NULL,
    CONSTRAINT cargo_routing_status_check CHECK (((routing_status)::text = ANY ((ARRAY['NOT_ROUTED'::character varying, 'ROUTED'::character varying, 'MISROUTED'::character varying])::text[]))),
    CONSTRAINT cargo_dtype_check CHECK (((dtype)::text = ANY (ARRAY[('Cargo'::character varying)::text, ('Container'::character varying)::text])))
);
CREATE INDEX cargo_routed_idx ON public.cargo USING btree (id) WHERE ((routing_status)::text = ANY ((ARRAY['ROUTED'::character varying, 'MISROUTED'::character varying])::text[]));
ALTER TABLE cargo ENABLE ROW LEVEL SECURITY;
CREATE POLICY routed ON cargo FOR SELECT USING (((routing_status)::text = 'ROUTED'::text));
