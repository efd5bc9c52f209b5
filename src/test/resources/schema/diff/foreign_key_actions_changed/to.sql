-- Same constraint names; only the actions and deferrability change.
CREATE TABLE people (
    id integer PRIMARY KEY
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES people (id) ON DELETE SET NULL ON UPDATE CASCADE,
    editor_id integer REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    reviewer_id integer REFERENCES people (id)
);
