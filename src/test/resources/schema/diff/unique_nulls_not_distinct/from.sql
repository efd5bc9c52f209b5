CREATE TABLE handles (id integer PRIMARY KEY, domain text, name text NOT NULL,
    CONSTRAINT handles_domain_name_key UNIQUE (domain, name));
CREATE UNIQUE INDEX handles_name_lower ON handles (lower(name), domain);
INSERT INTO handles VALUES (1, NULL, 'ada'), (2, 'x.org', 'bob');
