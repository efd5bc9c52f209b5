package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.MigrationFiles;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code db} verbs with migration locations that cannot work: each exits 1 with one
 * {@code strata:} line naming the location, and touches nothing. The database has two applied
 * migrations, so a verb that silently saw no files would call it fine.
 */
class MigrationLocationsCliTests {

    @TempDir
    Path directory;

    private TestDatabase database;

    @BeforeEach
    void migrateTwice() throws IOException {
        database = TestEnvironment.createDatabase();
        MigrationFiles files = new MigrationFiles(directory);
        files.add("V1__a.sql", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.add("V2__b.sql", "CREATE TABLE b (id int);", "DROP TABLE b;");
        DbCliTests.db(variables(files.location()), "upgrade").exits(0);
    }

    @AfterEach
    void dropDatabase() {
        TestEnvironment.dropDatabase(database);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check --migrations-only", "current", "history", "heads", "upgrade", "downgrade -1", "stamp base"})
    void aMissingFolderIsRefusedByEveryVerb(String verb) {
        Path missing = directory.resolve("no-such-folder");

        String failure = DbCliTests.db(variables("filesystem:" + missing), verb.split(" ")).exits(1).failure();

        assertThat(failure).isEqualTo("strata: STRATA_MIGRATION_LOCATIONS: filesystem:" + missing
                + " does not exist (" + missing + ")");
        assertThat(database.appliedVersions()).containsExactly("1", "2");
        assertThat(database.tables()).containsExactly("a", "b");
    }

    @Test
    void aFolderWithoutMigrationsIsRefused() throws IOException {
        Path empty = Files.createDirectories(directory.resolve("empty"));
        Files.writeString(empty.resolve("notes.sql"), "-- not a migration");

        assertThat(DbCliTests.db(variables("filesystem:" + empty), "check", "--migrations-only").exits(1).failure())
                .isEqualTo("strata: STRATA_MIGRATION_LOCATIONS: filesystem:" + empty
                        + " holds no migration (no V<version>__<description>.sql, B<version>__<description>.sql or "
                        + "R__<description>.sql file)");
    }

    @Test
    void aMissingClasspathLocationIsRefused() {
        assertThat(DbCliTests.db(variables("classpath:db/no-such-folder"), "current").exits(1).failure())
                .isEqualTo("strata: STRATA_MIGRATION_LOCATIONS: classpath:db/no-such-folder does not exist on the classpath");
    }

    @Test
    void everyLocationIsChecked() {
        String locations = new MigrationFiles(directory).location() + ",filesystem:" + directory.resolve("gone");

        assertThat(DbCliTests.db(variables(locations), "current").exits(1).failure())
                .startsWith("strata: STRATA_MIGRATION_LOCATIONS: filesystem:" + directory.resolve("gone") + " does not exist");
    }

    private Map<String, String> variables(String locations) {
        return new HashMap<>(Map.of("DATABASE_URL", database.url(), "STRATA_MIGRATION_LOCATIONS", locations,
                "STRATA_DB_WAIT", "2"));
    }
}
