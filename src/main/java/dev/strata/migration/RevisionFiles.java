package dev.strata.migration;

import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a new, empty migration and its down script. Versions are UTC timestamps: two branches
 * that each add a migration get different versions, and Flyway (with out-of-order enabled)
 * applies whichever merges second even when its timestamp is older.
 */
public final class RevisionFiles {

    private static final String WRITE_HERE = "-- Write the SQL here. Each migration runs in one transaction.\n";

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    /** The two files written. */
    public record Created(Path up, Path down) {
    }

    /**
     * What goes into the files once their name is known.
     *
     * @param up the migration's text
     * @param down the down script's text
     * @param upConfig Flyway's script configuration for the migration ({@code <name>.conf}), null for none
     * @param downConfig the same beside the down script: {@code executeInTransaction=false} makes
     *     {@code db downgrade} run it statement by statement; null for none
     */
    public record Contents(String up, String down, @Nullable String upConfig, @Nullable String downConfig) {

        /** A down script that runs in one transaction. */
        public Contents(String up, String down, @Nullable String upConfig) {
            this(up, down, upConfig, null);
        }
    }

    private RevisionFiles() {
    }

    /** An empty migration and down script, for the developer to write. */
    public static Created create(Path directory, String message, Clock clock) {
        return create(directory, message, clock, name -> new Contents(header("", message) + WRITE_HERE,
                header("Reverses " + name + ": ", message) + WRITE_HERE, null));
    }

    /** A migration and down script whose text {@code contents} makes from the file name chosen. */
    public static Created create(Path directory, String message, Clock clock, Function<String, Contents> contents) {
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
                String version = "V" + VERSION.format(Instant.ofEpochSecond(seconds + attempt)) + "__";
                String name = version + slug + ".sql";
                if (!taken(up, version) && !taken(down, version)) {
                    return write(directory, name, contents.apply(name));
                }
            }
            throw new StrataException("cannot find a free version near " + VERSION.format(clock.instant()));
        } catch (IOException e) {
            throw new StrataException("cannot write the migration files in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a migration named {@code name} into {@code migration/}, its down script into
     * {@code downgrade/} and its Flyway script configuration beside the migration when it has one.
     */
    public static Created write(Path directory, String name, Contents text) throws IOException {
        Path up = directory.resolve("migration");
        Path down = Files.createDirectories(directory.resolve("downgrade"));
        Files.writeString(up.resolve(name), text.up(), StandardCharsets.UTF_8);
        Files.writeString(down.resolve(name), text.down(), StandardCharsets.UTF_8);
        if (text.upConfig() != null) {
            Files.writeString(up.resolve(name + ".conf"), text.upConfig(), StandardCharsets.UTF_8);
        }
        if (text.downConfig() != null) {
            Files.writeString(down.resolve(name + ".conf"), text.downConfig(), StandardCharsets.UTF_8);
        }
        return new Created(up.resolve(name), down.resolve(name));
    }

    /** Whether a file of that version exists, whatever its description: Flyway refuses two. */
    private static boolean taken(Path folder, String versionPrefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith(versionPrefix));
        }
    }

    static String slug(String message) {
        String slug = message.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new StrataException("the message needs at least one letter or digit");
        }
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("_+$", "") : slug;
    }

    /** The first line of either file: {@code -- <prefix><message>}. */
    public static String header(String prefix, String message) {
        return "-- " + prefix + message.strip().replace("\n", " ") + "\n";
    }
}
