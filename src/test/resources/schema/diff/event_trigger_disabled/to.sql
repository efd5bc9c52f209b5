-- One trigger switched off with a new comment, the other set to fire always: altered in place.
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END $$;
CREATE EVENT TRIGGER note_ddl ON ddl_command_end EXECUTE FUNCTION note_ddl();
ALTER EVENT TRIGGER note_ddl DISABLE;
COMMENT ON EVENT TRIGGER note_ddl IS 'Off while the import runs';
CREATE EVENT TRIGGER note_replica_ddl ON ddl_command_end EXECUTE FUNCTION note_ddl();
ALTER EVENT TRIGGER note_replica_ddl ENABLE ALWAYS;
