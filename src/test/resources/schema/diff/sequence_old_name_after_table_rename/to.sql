-- What a renamed serial table looks like when it was renamed by hand: the table is members, its
-- sequence still users_id_seq (ALTER TABLE ... RENAME does not rename it). With --rename the
-- rows and the sequence's position are kept, and no second sequence is created.
CREATE TABLE users (
    id serial PRIMARY KEY,
    name text NOT NULL
);
ALTER TABLE users RENAME TO members;
