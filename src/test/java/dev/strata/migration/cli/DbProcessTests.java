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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
 * a table, V2__slow waits for a gate (an advisory lock the test may hold) and creates another, so
 * the test decides when it ends: every step waits for a condition in {@code pg_locks}, never for
 * time, and a slow machine only makes the test slower.
 */
class DbProcessTests {

    private static final Duration EXIT = Duration.ofSeconds(60);

    /** The advisory lock V2__slow waits for while the test holds it. */
    private static final long GATE = 0x7e57;

    /** Strata's migration lock ("STRATAMG" as a bigint), as pg_locks shows it: its high and low 32 bits. */
    private static final long MIGRATION_LOCK_HIGH = 0x53545241L;
    private static final long MIGRATION_LOCK_LOW = 0x54414d47L;

    @TempDir
    Path directory;

    private TestDatabase database;

    private @Nullable Connection gate;

    @BeforeEach
    void createDatabaseAndMigrations() throws IOException {
        database = TestEnvironment.createDatabase();
        migration("V1__a.sql", "CREATE TABLE a (id int);", "DROP TABLE a;");
        migration("V2__slow.sql", "SELECT pg_advisory_xact_lock(" + GATE + ");\nCREATE TABLE slow (id int);",
                "DROP TABLE slow;");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (gate != null) {
            gate.close();
        }
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
        closeGate();
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
        closeGate();
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

    /** Holds the gate, so that V2__slow waits inside its transaction until {@link #startWhileMigrating} opens it. */
    private void closeGate() throws SQLException {
        gate = database.connect();
        try (Statement statement = gate.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + GATE + ")");
        }
    }

    /**
     * Starts a second command once the first one is inside V2__slow (holding the migration lock,
     * waiting at the gate), and opens the gate once the second one waits for the migration lock.
     */
    private ServiceProcess startWhileMigrating(ServiceProcess first, String... args) throws Exception {
        awaitWaitingFor(0, GATE, "V2__slow.sql never reached the gate", first);
        ServiceProcess second = db(args);
        awaitWaitingFor(MIGRATION_LOCK_HIGH, MIGRATION_LOCK_LOW, "the second command never waited for the migration lock",
                second);
        gate.close();
        return second;
    }

    @Test
    void aFailedUpgradeIsOneStrataLineWithoutFlywaysOwn() throws Exception {
        migration("V3__broken.sql", "CREATE TABLE broken (id int REFERENCES missing_table);", "DROP TABLE broken;");
        DbCli.run(new String[] {"upgrade", "+2"}, Env.of(variables()), discard(), discard());

        try (ServiceProcess upgrade = db("upgrade")) {
            assertThat(upgrade.awaitExit(EXIT)).as(upgrade.stderr()).isEqualTo(1);
            assertThat(upgrade.stderr()).contains("migration V3__broken.sql failed", "missing_table")
                    .doesNotContain("DbMigrate");
        }
    }

    /** Waits until a session of this database waits for the advisory lock {@code high << 32 | low}. */
    private void awaitWaitingFor(long high, long low, String failure, ServiceProcess process) throws InterruptedException {
        // Only a failure bound: each step takes what the machine needs.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (database.column("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND classid = " + high + " AND objid = " + low).isEmpty()) {
            assertThat(System.nanoTime()).as("%s; stderr:%n%s", failure, process.stderr()).isLessThan(deadline);
            Thread.sleep(50);
        }
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
