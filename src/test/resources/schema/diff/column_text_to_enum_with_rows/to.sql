-- A text column becomes an enum of the values it holds; the default follows (needs USING).
CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE tickets (id integer PRIMARY KEY, priority priority NOT NULL DEFAULT 'normal');
