-- Same names: one trigger fires on other commands, the other on another event with another
-- function. Neither can be altered that way, so both are dropped and created.
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END $$;
CREATE FUNCTION note_rewrite() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'rewriting %', pg_event_trigger_table_rewrite_oid()::regclass;
END $$;
CREATE EVENT TRIGGER note_table_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE')
    EXECUTE FUNCTION note_ddl();
CREATE EVENT TRIGGER watch ON table_rewrite EXECUTE FUNCTION note_rewrite();
