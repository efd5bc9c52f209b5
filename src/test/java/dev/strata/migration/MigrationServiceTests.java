package dev.strata.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.DatabaseUrl;
import dev.strata.settings.StrataException;
import dev.strata.test.CatalogSnapshot;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestEnvironment.class)
class MigrationServiceTests {

    @TempDir
    Path migrations;

    @Test
    void concurrentUpgradesOnAnEmptyDatabaseApplyEachMigrationOnce() throws Exception {
        write("V1__one.sql", "CREATE TABLE one (id int);");
        write("V2__slow.sql", "SELECT pg_sleep(1); CREATE TABLE two (id int);");
        write("V3__three.sql", "CREATE TABLE three (id int);");
        TestDatabase database = TestEnvironment.createDatabase();
        try {
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            List<Callable<Integer>> replicas = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replicas.add(() -> service(database.settings(), lines).upgrade());
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            int applied = 0;
            for (Future<Integer> result : pool.invokeAll(replicas)) {
                applied += result.get();
            }
            pool.shutdown();

            assertThat(applied).isEqualTo(3);
            assertThat(database.column("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                    .containsExactly("1", "2", "3");
            assertThat(lines).contains("Applying 1/3: V1__one.sql", "Applying 3/3: V3__three.sql");
        } finally {
            TestEnvironment.dropDatabase(database);
        }
    }

    @Test
    void failedMigrationNamesTheFileAndTheErrorAndLeavesNoTrace(TestDatabase database) throws Exception {
        write("V1__good.sql", "CREATE TABLE good (id int);");
        write("V2__broken.sql", "CREATE TABLE half (id int);\nINSERT INTO missing_table VALUES (1);");

        assertThatThrownBy(() -> service(database.settings(), new ArrayList<>()).upgrade())
                .isInstanceOf(StrataException.class)
                .hasMessageContaining("V2__broken.sql")
                .hasMessageContaining("missing_table")
                .hasMessageContaining("42P01");

        assertThat(database.column("SELECT to_regclass('half')::text")).containsOnlyNulls();
        assertThat(database.column("SELECT to_regclass('good')::text")).containsExactly("good");
        assertThat(database.column("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly("1");
    }

    @Test
    void refusesATransactionPoolerAndNamesTheSessionPoolerUrl() {
        DatabaseSettings pooler = DatabaseUrl.parse("MIGRATION_DATABASE_URL",
                "postgresql://postgres.abcdefghij:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres");

        assertThatThrownBy(() -> service(pooler, new ArrayList<>()).upgrade())
                .isInstanceOf(StrataException.class)
                .hasMessageContaining("transaction-mode pooler")
                .hasMessageContaining("aws-0-eu-central-1.pooler.supabase.com:5432")
                .hasMessageNotContaining(":pw@");
    }

    @Test
    void waitingForAnUnreachableDatabaseEndsNamingHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseSettings nowhere = DatabaseUrl.parse("DATABASE_URL", "postgresql://u:secret@127.0.0.1:" + closedPort + "/db");
        List<String> lines = new ArrayList<>();

        assertThatThrownBy(() -> new DatabaseWait(nowhere, lines::add).await(Duration.ofSeconds(2)))
                .isInstanceOf(StrataException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageContaining("not reachable after 2 s")
                .hasMessageNotContaining("secret");
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("attempt"));
    }

    @Test
    void everyShippedMigrationHasADownScriptThatUndoesIt() {
        TestDatabase database = TestEnvironment.createDatabase();
        try {
            List<String> lines = new ArrayList<>();
            MigrationService shipped = new MigrationService(database.settings(), List.of(MigrationService.DEFAULT_LOCATION),
                    lines::add);
            List<String> versions = shipped.history().stream().map(MigrationEntry::version).toList();
            assertThat(versions).isNotEmpty();
            for (String version : versions) {
                String before = CatalogSnapshot.of(database);
                assertThat(shipped.upgrade(Targets.up(version))).as("upgrade to %s: %s", version, lines).isEqualTo(1);
                assertThat(shipped.downgrade(Targets.down("-1"))).as("downgrade of %s: %s", version, lines).isEqualTo(1);
                assertThat(CatalogSnapshot.of(database)).as("schema after upgrading to " + version + " and back").isEqualTo(before);
                shipped.upgrade(Targets.up(version));
            }
            assertThat(shipped.status().current()).isEqualTo(versions.getLast());
        } finally {
            TestEnvironment.dropDatabase(database);
        }
    }

    private MigrationService service(DatabaseSettings target, List<String> lines) {
        return new MigrationService(target, List.of("filesystem:" + migrations), lines::add);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql);
    }
}
