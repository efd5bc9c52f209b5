package dev.strata.migration.autogenerate;

import dev.strata.schema.lint.sql.SqlLexer;
import dev.strata.schema.lint.sql.SqlStatement;
import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The migration files {@code db squash --to VERSION} folds: the versioned migrations of a
 * project's {@code migration} folder at or below VERSION, oldest first, and what they hold that a
 * schema cannot carry (statements that write rows).
 *
 * @param folder the {@code migration} folder
 * @param version VERSION
 * @param folded the files folded, oldest first, by their path below the folder (Flyway reads subfolders too)
 * @param dataStatements the statements among them that write rows, as {@code file:line: first line}
 */
record SquashedFiles(Path folder, MigrationVersion version, List<String> folded, List<String> dataStatements) {

    private static final Pattern MIGRATION = Pattern.compile("([VB])([0-9][0-9._]*)__.+\\.sql");

    /** The first words of a statement that writes rows; {@code WITH} counts when one of them follows. */
    private static final List<String> WRITES = List.of("INSERT", "UPDATE", "DELETE", "MERGE", "COPY");

    SquashedFiles {
        folded = List.copyOf(folded);
        dataStatements = List.copyOf(dataStatements);
    }

    /** The baseline migration's file name, in {@code migration/} and {@code downgrade/}. */
    String baselineName() {
        return "B" + version.getVersion() + "__squashed.sql";
    }

    /**
     * Reads the folder; refuses a version that no migration file has and a folder that already
     * has a baseline migration at or above it.
     */
    static SquashedFiles read(Path dbDirectory, MigrationVersion version) {
        Path folder = dbDirectory.resolve("migration");
        if (!Files.isDirectory(folder)) {
            throw new StrataException("no migration folder at " + folder.toAbsolutePath()
                    + ": run from the project root or pass --dir");
        }
        List<String> files = list(folder);
        String newerBaseline = files.stream()
                .filter(name -> prefix(name).equals("B") && !version.isNewerThan(versionOf(name))).findFirst().orElse(null);
        if (newerBaseline != null) {
            throw new StrataException("nothing was written: " + newerBaseline + " already folds the history up to "
                    + versionOf(newerBaseline) + "; squash to a newer version");
        }
        List<String> folded = files.stream()
                .filter(name -> prefix(name).equals("V") && !versionOf(name).isNewerThan(version))
                .sorted(Comparator.comparing(SquashedFiles::versionOf)).toList();
        if (folded.stream().noneMatch(name -> versionOf(name).equals(version))) {
            throw new StrataException("version " + version + " does not exist: no migration file in " + folder
                    + " has it (see db history)");
        }
        List<String> data = new ArrayList<>();
        try {
            for (String name : folded) {
                data.addAll(dataStatements(name, Files.readString(folder.resolve(name))));
            }
        } catch (IOException e) {
            throw new StrataException("cannot read the migrations in " + folder + ": " + e.getMessage(), e);
        }
        return new SquashedFiles(folder, version, folded, data);
    }

    /** The statements of one file that write rows, as {@code file:line: first line}. */
    static List<String> dataStatements(String file, String sql) {
        return SqlLexer.statements(sql).stream().filter(SquashedFiles::writesRows)
                .map(statement -> file + ":" + statement.line() + ": " + firstLine(statement.text())).toList();
    }

    private static boolean writesRows(SqlStatement statement) {
        if (statement.startsWith("WITH")) {
            return WRITES.stream().anyMatch(statement::has);
        }
        return WRITES.stream().anyMatch(statement::startsWith);
    }

    /** The migrations below the folder, by their path below it. */
    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && MIGRATION.matcher(name(file)).matches())
                    .map(file -> folder.relativize(file).toString()).sorted().toList();
        } catch (IOException e) {
            throw new StrataException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static String name(Path file) {
        return file.getFileName().toString();
    }

    private static String prefix(String path) {
        return matcher(path).group(1);
    }

    /** The version of a migration file, given by its name or its path below the folder. */
    static MigrationVersion versionOf(String path) {
        return MigrationVersion.fromVersion(matcher(path).group(2).replace('_', '.'));
    }

    private static Matcher matcher(String path) {
        Matcher matcher = MIGRATION.matcher(name(Path.of(path)));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a migration file name: " + path);
        }
        return matcher;
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
