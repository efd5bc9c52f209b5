-- An identity column widened to bigint: its sequence becomes bigint with bigint's largest value,
-- and continues after the rows.
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
