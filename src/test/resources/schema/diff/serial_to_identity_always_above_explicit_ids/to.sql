-- serial to GENERATED ALWAYS identity where rows hold ids above the serial's sequence: the
-- identity continues above the largest row (51), not where the old sequence was.
CREATE TABLE orders (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note text
);
