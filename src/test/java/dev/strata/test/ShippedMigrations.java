package dev.strata.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/** The versions of the migrations the service ships, read from the source tree. */
public final class ShippedMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private ShippedMigrations() {
    }

    /** Every shipped version, oldest first. */
    public static List<String> versions() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> MigrationVersion.fromVersion(matcher.group(1)))
                    .sorted(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the shipped migrations: " + e.getMessage(), e);
        }
    }

    /** The newest shipped version: what a freshly migrated database is at. */
    public static String head() {
        return versions().getLast();
    }
}
