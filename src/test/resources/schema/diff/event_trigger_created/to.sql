-- An event trigger and its function, both new: the trigger is created after the function
-- (backwards: dropped before it), with its tags and comment.
CREATE TABLE items (id integer PRIMARY KEY);
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END $$;
CREATE EVENT TRIGGER note_table_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION note_ddl();
COMMENT ON EVENT TRIGGER note_table_ddl IS 'Says which table command ran';
