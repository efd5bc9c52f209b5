DO $$
BEGIN
    IF (SELECT string_agg(order_id || ':' || full_name || ':' || total, ',' ORDER BY order_id) FROM order_totals)
            IS DISTINCT FROM '1:Grace Hopper:16.50,2:Edsger Dijkstra:14.00' THEN
        RAISE EXCEPTION 'customers, orders or items lost';
    END IF;
    IF (SELECT string_agg(sku || ':' || price || ':' || stock, ',' ORDER BY id) FROM products)
            IS DISTINCT FROM 'PEN-1:1.50:100,INK-9:12.00:7'
            OR (SELECT string_agg(status::text, ',' ORDER BY id) FROM orders) IS DISTINCT FROM 'paid,pending' THEN
        RAISE EXCEPTION 'products or order states lost';
    END IF;
END $$;
