CREATE TABLE items (id integer PRIMARY KEY);
CREATE FUNCTION note_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'dropped by %', tg_tag;
END $$;
CREATE FUNCTION note_start() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'starting %', tg_tag;
END $$;
CREATE EVENT TRIGGER note_drops ON sql_drop EXECUTE FUNCTION note_drop();
CREATE EVENT TRIGGER note_starts ON ddl_command_start EXECUTE FUNCTION note_start();
ALTER EVENT TRIGGER note_starts DISABLE;
