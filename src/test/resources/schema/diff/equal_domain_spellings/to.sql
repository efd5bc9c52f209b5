CREATE DOMAIN public.yes_or_no AS character varying(3) DEFAULT 'NO'::character varying
    CONSTRAINT yes_or_no_check CHECK (((VALUE)::text = ANY ((ARRAY['YES'::character varying, 'NO'::character varying])::text[])));

CREATE TABLE public.answers (
    id integer NOT NULL,
    answer public.yes_or_no,
    CONSTRAINT answers_pkey PRIMARY KEY (id)
);
