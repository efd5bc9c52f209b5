package dev.strata.migration.autogenerate;

import dev.strata.migration.MigrationService;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.MigrationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The schema the existing migrations build: all of them applied, through {@link MigrationService}
 * (Flyway with the service's own settings), to an empty scratch database.
 */
public final class CurrentSchema {

    private CurrentSchema() {
    }

    /**
     * Where the migrations are read from: {@code STRATA_MIGRATION_LOCATIONS} when set; else the
     * {@code migration} folder of the project's {@code db} folder when it exists (the command runs
     * in the project directory), so that a migration written a moment ago counts without a build;
     * else the shipped ones on the classpath.
     */
    public static List<String> locations(MigrationSettings settings, Path dbDirectory) {
        Path folder = dbDirectory.resolve("migration");
        if (settings.locationsConfigured() || !Files.isDirectory(folder)) {
            return settings.locations();
        }
        return List.of("filesystem:" + folder.toAbsolutePath().normalize());
    }

    /** Applies every migration to the empty database {@code scratch}; returns how many ran. */
    public static int build(DatabaseSettings scratch, List<String> locations, Consumer<String> progress) {
        long started = System.nanoTime();
        int applied = new MigrationService(scratch, locations, progress).terse().upgrade();
        progress.accept("Current schema: " + applied + " migrations applied in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return applied;
    }
}
