DO $$
DECLARE
    next bigint;
BEGIN
    INSERT INTO purchases (note) VALUES ('third') RETURNING purchase_id INTO next;
    IF next <> 3 OR pg_get_serial_sequence('purchases', 'purchase_id') <> 'public.purchases_purchase_id_seq' THEN
        RAISE EXCEPTION 'sequence restarted or misnamed: %', next;
    END IF;
END $$;
