-- A mixed-case table renamed with --rename (named in the flag as it is stored, without quotes): renamed, not recreated.
CREATE TABLE order_lines (id integer PRIMARY KEY, qty integer NOT NULL);
