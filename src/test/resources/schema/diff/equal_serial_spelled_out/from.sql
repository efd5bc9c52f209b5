-- serial and bigserial against what they stand for: exit 0.
CREATE TABLE items (
    id serial PRIMARY KEY,
    big bigserial,
    name text
);
