-- The column becomes bigint and its sequence gets its own MAXVALUE, as Harbor's 0190 does it:
-- no longer what serial makes, so the sequence is standalone on this side. The upgrade must
-- alter the existing sequence (not create it again: "relation robots_id_seq already exists")
-- and keep its position.
CREATE TABLE robots (
    id bigint NOT NULL,
    name text NOT NULL,
    CONSTRAINT robots_pkey PRIMARY KEY (id)
);
CREATE SEQUENCE robots_id_seq AS bigint MAXVALUE 9007199254740991 OWNED BY robots.id;
ALTER TABLE robots ALTER COLUMN id SET DEFAULT nextval('robots_id_seq'::regclass);
