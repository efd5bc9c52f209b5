package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.settings.Env;
import dev.strata.test.MigrationFiles;
import dev.strata.test.ServiceProcess;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java ... dev.strata.StrataApplication db ...} as real processes: only results on stdout,
 * the exit codes, and two processes migrating one database at once. The migrations: V1__a creates
 * a table, V2__slow sleeps 3 s and creates another, so a second command started meanwhile has to
 * wait for the migration lock.
 */
class DbProcessTests {

    private static final Duration EXIT = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private TestDatabase database;

    @BeforeEach
    void createDatabaseAndMigrations() throws IOException {
        database = TestEnvironment.createDatabase();
        migration("V1__a.sql", "CREATE TABLE a (id int);", "DROP TABLE a;");
        migration("V2__slow.sql", "SELECT pg_sleep(3);\nCREATE TABLE slow (id int);", "DROP TABLE slow;");
    }

    @AfterEach
    void dropDatabase() {
        TestEnvironment.dropDatabase(database);
    }

    @Test
    void currentJsonPrintsOnlyJsonOnStdout() throws Exception {
        int upgraded = DbCli.run(new String[] {"upgrade", "+1"}, Env.of(variables()), discard(), discard());
        assertThat(upgraded).isZero();

        try (ServiceProcess current = db("current", "--json")) {
            assertThat(current.awaitExit(EXIT)).as(current.stderr()).isZero();
            Map<String, Object> json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build()
                    .readValue(current.stdout(), new TypeReference<Map<String, Object>>() { });
            assertThat(json).hasSize(2).containsEntry("version", "1").containsEntry("head", false);
        }
    }

    @Test
    void unknownVerbExitsTwoWithTheUsageText() throws Exception {
        try (ServiceProcess bogus = db("bogus")) {
            assertThat(bogus.awaitExit(EXIT)).isEqualTo(2);
            assertThat(bogus.stderr()).contains("bogus", "Usage:");
            assertThat(bogus.stdout()).isEmpty();
        }
    }

    @Test
    void downgradeWhileAnUpgradeRunsWaitsForItThenRevertsTheNewest() throws Exception {
        try (ServiceProcess upgrade = db("upgrade"); ServiceProcess downgrade = startWhileMigrating(upgrade, "downgrade", "-1")) {
            assertThat(upgrade.awaitExit(EXIT)).as(upgrade.stderr()).isZero();
            assertThat(downgrade.awaitExit(EXIT)).as(downgrade.stderr()).isZero();

            assertThat(upgrade.stderr()).contains("Applied 2/2: V2__slow.sql");
            assertThat(downgrade.stderr()).containsSubsequence("Waiting for another migration command",
                    "Reverted 1/1: V2__slow.sql");
        }
        assertThat(versions()).containsExactly("1");
        assertThat(tables()).containsExactly("a");
    }

    @Test
    void secondUpgradeWhileTheFirstRunsWaitsForItThenHasNothingToDo() throws Exception {
        try (ServiceProcess first = db("upgrade"); ServiceProcess second = startWhileMigrating(first, "upgrade")) {
            assertThat(first.awaitExit(EXIT)).as(first.stderr()).isZero();
            assertThat(second.awaitExit(EXIT)).as(second.stderr()).isZero();

            assertThat(second.stderr()).containsSubsequence("Waiting for another migration command", "Nothing to upgrade")
                    .doesNotContain("Applying");
            assertThat(second.stdout()).contains("0 migration(s) applied", "version 2 (head)");
        }
        assertThat(versions()).containsExactly("1", "2");
        assertThat(tables()).containsExactly("a", "slow");
    }

    /** Starts a second command once the first one is inside V2__slow's pg_sleep, holding the migration lock. */
    private ServiceProcess startWhileMigrating(ServiceProcess first, String... args) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (database.column("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND query LIKE 'SELECT pg_sleep(3)%'").isEmpty()) {
            assertThat(System.nanoTime()).as("V2__slow.sql never started; stderr:%n%s", first.stderr()).isLessThan(deadline);
            Thread.sleep(50);
        }
        return db(args);
    }

    private ServiceProcess db(String... args) throws IOException {
        return ServiceProcess.run(directory, variables(), Stream.concat(Stream.of("db"), Arrays.stream(args))
                .toArray(String[]::new));
    }

    private Map<String, String> variables() {
        return Map.of("DATABASE_URL", database.url(),
                "STRATA_MIGRATION_LOCATIONS", new MigrationFiles(directory).location(),
                "STRATA_DB_WAIT", "2");
    }

    private void migration(String name, String up, String down) throws IOException {
        new MigrationFiles(directory).add(name, up, down);
    }

    private List<String> versions() {
        return database.appliedVersions();
    }

    private List<String> tables() {
        return database.tables();
    }

    private static PrintStream discard() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
