package dev.strata.migration;

import dev.strata.StrataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a new, empty migration and its down script. Versions are UTC timestamps: two branches
 * that each add a migration get different versions, and Flyway (with out-of-order enabled)
 * applies whichever merges second even when its timestamp is older.
 */
public final class RevisionFiles {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    /** The two files written. */
    public record Created(Path up, Path down) {
    }

    private RevisionFiles() {
    }

    public static Created create(Path directory, String message, Clock clock) {
        String slug = slug(message);
        Path up = directory.resolve("migration");
        Path down = directory.resolve("downgrade");
        if (!Files.isDirectory(up)) {
            throw new StrataException("no migration folder at " + up.toAbsolutePath()
                    + ": run from the project root or pass --dir");
        }
        try {
            Files.createDirectories(down);
            long seconds = clock.instant().getEpochSecond();
            for (int attempt = 0; attempt < 60; attempt++) {
                String name = "V" + VERSION.format(Instant.ofEpochSecond(seconds + attempt)) + "__" + slug + ".sql";
                if (!Files.exists(up.resolve(name)) && !Files.exists(down.resolve(name))) {
                    Files.writeString(up.resolve(name), header("", message), StandardCharsets.UTF_8);
                    Files.writeString(down.resolve(name), header("Reverses " + name + ": ", message), StandardCharsets.UTF_8);
                    return new Created(up.resolve(name), down.resolve(name));
                }
            }
            throw new StrataException("cannot find a free version near " + VERSION.format(clock.instant()));
        } catch (IOException e) {
            throw new StrataException("cannot write the migration files in " + directory + ": " + e.getMessage(), e);
        }
    }

    static String slug(String message) {
        String slug = message.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new StrataException("the message needs at least one letter or digit");
        }
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("_+$", "") : slug;
    }

    private static String header(String prefix, String message) {
        return "-- " + prefix + message.strip().replace("\n", " ") + "\n-- Write the SQL here. Each migration runs in one transaction.\n";
    }
}
