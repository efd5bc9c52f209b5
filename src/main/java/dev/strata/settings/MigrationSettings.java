package dev.strata.settings;

import java.time.Duration;
import java.util.List;

/**
 * The migrations: where they are, whether the service applies them at start, and how long it
 * (or a {@code db} command) waits for the database first.
 *
 * @param locations {@code STRATA_MIGRATION_LOCATIONS}: comma-separated Flyway locations
 *     ({@code classpath:...}, {@code filesystem:...}), default {@link #DEFAULT_LOCATION}
 * @param locationsConfigured whether {@code STRATA_MIGRATION_LOCATIONS} is set (autogenerate then
 *     reads the migrations from there rather than from the project's {@code db} folder)
 * @param onStartup {@code STRATA_MIGRATE_ON_STARTUP}: apply pending migrations before the HTTP port
 *     opens; default false with a configured database, true in the zero-setup run; never read by
 *     the {@code db} commands (false there), which migrate only when told
 * @param databaseWait {@code STRATA_DB_WAIT}, 0 to 86400 seconds: how long to wait for the database; default
 *     30 for the service, 10 for a {@code db} command
 */
public record MigrationSettings(List<String> locations, boolean locationsConfigured, boolean onStartup, Duration databaseWait) {

    /** Where the shipped migrations live. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    public MigrationSettings {
        locations = List.copyOf(locations);
    }

    static MigrationSettings forService(Env env, boolean embeddedDatabase) {
        Duration wait = wait(env, 30);
        boolean onStartup = env.flag("STRATA_MIGRATE_ON_STARTUP", embeddedDatabase);
        return new MigrationSettings(locations(env), env.has("STRATA_MIGRATION_LOCATIONS"), onStartup, wait);
    }

    static MigrationSettings forCommands(Env env) {
        return new MigrationSettings(locations(env), env.has("STRATA_MIGRATION_LOCATIONS"), false, wait(env, 10));
    }

    private static List<String> locations(Env env) {
        return env.has("STRATA_MIGRATION_LOCATIONS") ? env.list("STRATA_MIGRATION_LOCATIONS") : List.of(DEFAULT_LOCATION);
    }

    private static Duration wait(Env env, int defaultSeconds) {
        return Duration.ofSeconds(env.integer("STRATA_DB_WAIT", defaultSeconds, 0, 86_400));
    }
}
