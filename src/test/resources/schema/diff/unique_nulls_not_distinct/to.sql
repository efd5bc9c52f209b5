-- PostgreSQL 15's NULLS NOT DISTINCT on a unique constraint and on a unique index.
CREATE TABLE handles (id integer PRIMARY KEY, domain text, name text NOT NULL,
    CONSTRAINT handles_domain_name_key UNIQUE NULLS NOT DISTINCT (domain, name));
CREATE UNIQUE INDEX handles_name_lower ON handles (lower(name), domain) NULLS NOT DISTINCT;
