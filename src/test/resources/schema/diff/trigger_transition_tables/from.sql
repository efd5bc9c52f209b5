CREATE TABLE stock (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE TABLE stock_log (at timestamptz NOT NULL DEFAULT now(), changed integer NOT NULL);
