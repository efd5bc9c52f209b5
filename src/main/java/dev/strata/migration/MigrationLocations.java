package dev.strata.migration;

import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Refuses migration locations that cannot work. Flyway only warns about a location that does not
 * exist and then sees no migration at all: the service would start on an empty schema and
 * {@code db check} would call a migrated database fine (its versions all look "future").
 */
public final class MigrationLocations {

    /**
     * A file Flyway runs: versioned ({@code V1__x.sql}), baseline ({@code B1__x.sql}, written by
     * {@code db squash}) or repeatable ({@code R__x.sql}).
     */
    private static final Pattern MIGRATION = Pattern.compile("([VB][0-9][0-9._]*|R)__.+\\.sql");

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private MigrationLocations() {
    }

    /**
     * Throws naming the first location that does not exist or holds no migration. Locations of
     * other kinds than {@code filesystem:} and {@code classpath:} (such as {@code s3:}) are left to
     * Flyway, which is the only one that can read them.
     */
    public static void require(List<String> locations) {
        for (String location : locations) {
            String problem = problem(location);
            if (problem != null) {
                throw new StrataException("STRATA_MIGRATION_LOCATIONS: " + location + " " + problem);
            }
        }
    }

    private static @Nullable String problem(String location) {
        if (location.startsWith("filesystem:")) {
            Path folder = Path.of(location.substring("filesystem:".length()));
            if (!Files.exists(folder)) {
                return "does not exist (" + folder.toAbsolutePath() + ")";
            }
            if (!Files.isDirectory(folder)) {
                return "is not a folder";
            }
        } else if (location.startsWith("classpath:") || !location.contains(":")) {
            String path = location.substring(location.indexOf(':') + 1).replaceFirst("^/+", "");
            if (MigrationLocations.class.getClassLoader().getResource(path) == null) {
                return "does not exist on the classpath";
            }
        } else {
            return null;
        }
        return holdsMigrations(location) ? null
                : "holds no migration (no V<version>__<description>.sql, B<version>__<description>.sql or R__<description>.sql file)";
    }

    private static boolean holdsMigrations(String location) {
        try {
            return Arrays.stream(RESOLVER.getResources(ScriptFiles.pattern(location)))
                    .map(Resource::getFilename)
                    .anyMatch(name -> name != null && MIGRATION.matcher(name).matches());
        } catch (IOException e) {
            throw new StrataException("STRATA_MIGRATION_LOCATIONS: cannot list " + location + ": " + e.getMessage(), e);
        }
    }
}
