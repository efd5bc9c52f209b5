package dev.strata.settings;

/**
 * The settings of the {@code strata db} commands: the part of {@link StrataSettings} they use
 * (which database, the migrations, the embedded data) and their own tools. The service's other
 * settings are neither read nor required here, so a migration job needs no Redis or JWT secret.
 *
 * @param database which database: a configured one, or the embedded PostgreSQL
 * @param migrations where the migrations are and how long to wait for the database
 * @param embedded where the zero-setup servers keep their data
 * @param tools what only the commands read: scratch databases, entity packages, timings
 */
public record CommandSettings(DatabaseSelection database, MigrationSettings migrations, EmbeddedSettings embedded,
        ToolSettings tools) {

    /** Parses the commands' settings; throws {@link StrataException} naming the first bad variable. */
    public static CommandSettings from(Env env) {
        DatabaseSelection database = DatabaseSelection.from(env);
        return new CommandSettings(database, MigrationSettings.forCommands(env),
                EmbeddedSettings.from(env), ToolSettings.from(env, database));
    }
}
