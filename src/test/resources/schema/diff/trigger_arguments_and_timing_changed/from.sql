CREATE TABLE audit (tbl text, op text);
CREATE TABLE orders (id integer PRIMARY KEY);
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO audit VALUES (TG_ARGV[0], TG_OP); RETURN NULL; END $$;
CREATE TRIGGER orders_audit BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit_row('orders');
