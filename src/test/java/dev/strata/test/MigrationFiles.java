package dev.strata.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A folder of test migrations laid out as the shipped ones: {@code migration/} with the up scripts
 * and {@code downgrade/} with the down scripts of the same names.
 *
 * @param directory the folder holding both
 */
public record MigrationFiles(Path directory) {

    /** Writes a migration and, unless {@code down} is null, its down script. */
    public void add(String name, String up, @Nullable String down) throws IOException {
        Files.writeString(Files.createDirectories(directory.resolve("migration")).resolve(name), up);
        if (down != null) {
            Files.writeString(Files.createDirectories(directory.resolve("downgrade")).resolve(name), down);
        }
    }

    /** The Flyway location of the up scripts, for STRATA_MIGRATION_LOCATIONS. */
    public String location() {
        return "filesystem:" + directory.resolve("migration");
    }
}
