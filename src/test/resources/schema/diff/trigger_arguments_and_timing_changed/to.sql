-- A trigger's argument changes and it moves from BEFORE to AFTER on more events.
CREATE TABLE audit (tbl text, op text);
CREATE TABLE orders (id integer PRIMARY KEY);
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO audit VALUES (TG_ARGV[0], TG_OP); RETURN NULL; END $$;
CREATE TRIGGER orders_audit AFTER INSERT OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION audit_row('public.orders', 'v2');
