CREATE SEQUENCE items_id_seq AS integer;
CREATE SEQUENCE items_big_seq;

CREATE TABLE items (
    id integer NOT NULL DEFAULT nextval('items_id_seq'::regclass),
    big bigint NOT NULL DEFAULT nextval('items_big_seq'),
    name text,
    CONSTRAINT items_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE items_id_seq OWNED BY items.id;
ALTER SEQUENCE items_big_seq OWNED BY items.big;
