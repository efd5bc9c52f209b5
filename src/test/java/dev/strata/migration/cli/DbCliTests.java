package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.settings.Env;
import dev.strata.test.MigrationFiles;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code db} verbs in-process through {@link DbCli#run}: exit codes, what reaches stdout and
 * stderr, and what the database holds afterwards. Each test gets a fresh database and three
 * migrations, V1__a, V2__b and V3__c, each creating one table, with their down scripts.
 */
class DbCliTests {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @TempDir
    Path directory;

    private TestDatabase database;

    /** The outcome of one command. */
    record Run(int exitCode, String out, String err) {

        Run exits(int expected) {
            assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(expected);
            return this;
        }

        /** The one {@code strata: } line on stderr. */
        String failure() {
            List<String> lines = err.lines().filter(line -> line.startsWith("strata: ")).toList();
            assertThat(lines).as("stderr:%n%s", err).hasSize(1);
            return lines.getFirst();
        }
    }

    @BeforeEach
    void createDatabaseAndMigrations() throws IOException {
        database = TestEnvironment.createDatabase();
        migration("V1__a.sql", "CREATE TABLE a (id int);", "DROP TABLE a;");
        migration("V2__b.sql", "CREATE TABLE b (id int);", "DROP TABLE b;");
        migration("V3__c.sql", "CREATE TABLE c (id int);", "DROP TABLE c;");
    }

    @AfterEach
    void dropDatabase() {
        TestEnvironment.dropDatabase(database);
    }

    @Test
    void currentOnAnEmptyDatabasePrintsBase() {
        assertThat(db("current").exits(0).out().strip()).isEqualTo("base");
    }

    @Test
    void currentMarksHeadOnlyWhenNothingIsPending() {
        db("upgrade", "2").exits(0);
        assertThat(db("current").exits(0).out().strip()).isEqualTo("2");

        db("upgrade").exits(0);
        assertThat(db("current").exits(0).out().strip()).isEqualTo("3 (head)");
    }

    @Test
    void upgradeLintsThePendingMigrationsFirstAndFailOnLintAppliesNothing() throws IOException {
        db("upgrade").exits(0);
        migration("V4__d.sql", "ALTER TABLE a ADD COLUMN tier text NOT NULL;", "ALTER TABLE a DROP COLUMN tier;");

        Run refused = db("upgrade", "--fail-on-lint").exits(1);

        assertThat(refused.err()).contains("lint: V4__d.sql:1: adding-not-nullable-field: ALTER TABLE a ADD COLUMN tier "
                + "text NOT NULL", "lint: V4__d.sql:1: require-lock-timeout: ").doesNotContain("V1__a.sql");
        assertThat(refused.failure()).startsWith("strata: --fail-on-lint: nothing was applied");
        assertThat(db("current").exits(0).out().strip()).isEqualTo("3");
        db("upgrade", "--fail-on-lint", "--allow", "adding-not-nullable-field,require-lock-timeout").exits(0);

        assertThat(db("current").exits(0).out().strip()).isEqualTo("4 (head)");
    }

    @Test
    void upgradePrintsTheLintFindingsButAppliesWithoutFailOnLint() throws IOException {
        migration("V4__d.sql", "CREATE INDEX a_id_idx ON a (id);", "DROP INDEX a_id_idx;");

        Run run = db("upgrade").exits(0);

        assertThat(run.err()).contains("lint: V4__d.sql:1: require-concurrent-index-creation: CREATE INDEX a_id_idx",
                "lint: V1__a.sql:1: prefer-bigint-over-int: ");
        assertThat(db("current").exits(0).out().strip()).isEqualTo("4 (head)");
    }

    @Test
    void currentJsonPrintsOnlyJsonWithVersionAndHead() {
        assertThat(object(db("current", "--json").exits(0).out()))
                .hasSize(2).containsEntry("version", null).containsEntry("head", false);

        db("upgrade").exits(0);

        assertThat(object(db("current", "--json").exits(0).out()))
                .hasSize(2).containsEntry("version", "3").containsEntry("head", true);
    }

    @Test
    void historyListsEveryMigrationWithStateInstallTimeAndDuration() {
        db("upgrade", "1").exits(0);

        List<String> lines = db("history").exits(0).out().lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("VERSION", "DESCRIPTION", "STATE", "INSTALLED ON", "TIME");
        assertThat(lines.get(1)).matches("1\\s+a\\s+applied\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+\\d+ ms\\s*");
        assertThat(lines.get(2)).matches("2\\s+b\\s+pending\\s*");
        assertThat(lines.get(3)).matches("3\\s+c\\s+pending\\s*");
    }

    @Test
    void historyVerboseAlsoShowsTheScripts() {
        assertThat(db("history", "--verbose").exits(0).out()).contains("SCRIPT", "V1__a.sql", "V2__b.sql", "V3__c.sql");
    }

    @Test
    void historyJsonHasOneObjectPerMigration() {
        db("upgrade", "1").exits(0);

        List<Map<String, Object>> history = JSON.readValue(db("history", "--json").exits(0).out(),
                new TypeReference<List<Map<String, Object>>>() { });

        assertThat(history).extracting(row -> row.get("version")).containsExactly("1", "2", "3");
        assertThat(history).extracting(row -> row.get("state")).containsExactly("applied", "pending", "pending");
        assertThat(history.getFirst()).containsEntry("description", "a").containsEntry("script", "V1__a.sql")
                .hasEntrySatisfying("installed_on", on -> assertThat((String) on).matches("\\d{4}-.+Z"))
                .hasEntrySatisfying("execution_time_ms", ms -> assertThat(ms).isInstanceOf(Integer.class));
        assertThat(history.getLast()).containsEntry("installed_on", null).containsEntry("execution_time_ms", null);
    }

    @Test
    void headsPrintsTheNewestAvailableVersion() {
        assertThat(db("heads").exits(0).out().strip()).isEqualTo("3 (head)");
        assertThat(object(db("heads", "--json").exits(0).out())).isEqualTo(Map.of("heads", List.of("3")));
    }

    @Test
    void upgradeAppliesEveryPendingMigrationWithAProgressLineEach() {
        Run run = db("upgrade").exits(0);

        assertThat(run.err()).contains("Applying 1/3: V1__a.sql", "Applying 2/3: V2__b.sql", "Applying 3/3: V3__c.sql");
        assertThat(run.err()).containsPattern("Applied 3/3: V3__c.sql in \\d+ ms");
        assertThat(run.out()).contains("3 migration(s) applied", "version 3 (head)");
        assertThat(versions()).containsExactly("1", "2", "3");
        assertThat(tables()).containsExactly("a", "b", "c");
    }

    @Test
    void upgradeToAVersionStopsThere() {
        db("upgrade", "2").exits(0);

        assertThat(versions()).containsExactly("1", "2");
        assertThat(tables()).containsExactly("a", "b");
    }

    @Test
    void upgradePlusNAppliesTheNextN() {
        db("upgrade", "+1").exits(0);
        assertThat(versions()).containsExactly("1");

        db("upgrade", "+2").exits(0);
        assertThat(versions()).containsExactly("1", "2", "3");
    }

    @Test
    void upgradeSqlPrintsTheScriptsAndChangesNothing() {
        String sql = db("upgrade", "2", "--sql").exits(0).out();

        assertThat(sql).contains("CREATE TABLE a (id int);", "CREATE TABLE b (id int);", "INSERT INTO flyway_schema_history")
                .doesNotContain("CREATE TABLE c");
        assertThat(database.column("SELECT to_regclass('flyway_schema_history')::text")).containsOnlyNulls();
        assertThat(tables()).isEmpty();
    }

    @Test
    void upgradeToAVersionThatDoesNotExistFailsNamingIt() {
        assertThat(db("upgrade", "7").exits(1).failure()).contains("version 7 does not exist");
        assertThat(tables()).isEmpty();
    }

    @Test
    void upgradeWithAFailingMigrationFailsNamingItAndKeepsTheOnesBefore() throws IOException {
        migration("V2__b.sql", "CREATE TABLE b (id int);\nSELECT 1/0;", "DROP TABLE b;");

        assertThat(db("upgrade").exits(1).failure()).contains("V2__b.sql", "division by zero");

        assertThat(versions()).containsExactly("1");
        assertThat(tables()).containsExactly("a");
    }

    @Test
    void upgradeByMoreThanIsPendingFailsAndAppliesNothing() {
        assertThat(db("upgrade", "+4").exits(1).failure()).contains("only 3 pending");
        assertThat(tables()).isEmpty();
    }

    @Test
    void downgradeMinusOneRevertsTheNewestMigration() {
        db("upgrade").exits(0);

        Run run = db("downgrade", "-1").exits(0);

        assertThat(run.err()).contains("Reverting 1/1: V3__c.sql").containsPattern("Reverted 1/1: V3__c.sql in \\d+ ms");
        assertThat(run.out()).contains("version 2, 1 pending");
        assertThat(versions()).containsExactly("1", "2");
        assertThat(tables()).containsExactly("a", "b");
    }

    @Test
    void aDownScriptWhoseConfSaysOutsideATransactionRunsStatementByStatement() throws IOException {
        migration("V4__index.sql", "CREATE INDEX CONCURRENTLY a_id ON a (id);",
                "SET lock_timeout = '3s';\nDROP INDEX CONCURRENTLY public.a_id;\nRESET lock_timeout;");
        Files.writeString(directory.resolve("migration/V4__index.sql.conf"), "executeInTransaction=false\n");
        db("upgrade").exits(0);
        assertThat(database.column("SELECT indexname FROM pg_indexes WHERE tablename = 'a'")).containsExactly("a_id");

        // Without the .conf the down script runs in one transaction, where DROP INDEX CONCURRENTLY is refused.
        assertThat(db("downgrade", "-1").exits(1).failure()).contains("V4__index.sql", "rolled back");
        Files.writeString(directory.resolve("downgrade/V4__index.sql.conf"),
                "# it drops an index CONCURRENTLY\nexecuteInTransaction=false\n");
        assertThat(db("downgrade", "-1", "--sql").exits(0).out()).contains("no transaction around it")
                .doesNotContain("BEGIN;\nSET lock_timeout");
        Run run = db("downgrade", "-1").exits(0);

        assertThat(run.err()).contains("Reverted 1/1: V4__index.sql");
        assertThat(database.column("SELECT indexname FROM pg_indexes WHERE tablename = 'a'")).isEmpty();
        assertThat(versions()).containsExactly("1", "2", "3");
    }

    @Test
    void downgradeToAVersionRevertsEveryNewerOneNewestFirst() {
        db("upgrade").exits(0);

        Run run = db("downgrade", "1").exits(0);

        assertThat(run.err()).containsSubsequence("Reverting 1/2: V3__c.sql", "Reverting 2/2: V2__b.sql");
        assertThat(versions()).containsExactly("1");
        assertThat(tables()).containsExactly("a");
    }

    @Test
    void downgradeBaseRevertsEverything() {
        db("upgrade").exits(0);

        db("downgrade", "base").exits(0);

        assertThat(versions()).isEmpty();
        assertThat(tables()).isEmpty();
        assertThat(db("current").exits(0).out().strip()).isEqualTo("base");
    }

    @Test
    void downgradeSqlPrintsTheDownScriptsAndChangesNothing() {
        db("upgrade").exits(0);

        String sql = db("downgrade", "1", "--sql").exits(0).out();

        assertThat(sql).containsSubsequence("DROP TABLE c;", "DELETE FROM flyway_schema_history WHERE version = '3';",
                "DROP TABLE b;", "DELETE FROM flyway_schema_history WHERE version = '2';").doesNotContain("DROP TABLE a");
        assertThat(versions()).containsExactly("1", "2", "3");
        assertThat(tables()).containsExactly("a", "b", "c");
    }

    @Test
    void failingDownScriptStopsAtTheCleanVersionWhereItFailedNamingIt() throws IOException {
        Files.writeString(directory.resolve("downgrade/V2__b.sql"), "DROP TABLE b;\nDROP TABLE nope;");
        db("upgrade").exits(0);

        String failure = db("downgrade", "base").exits(1).failure();

        assertThat(failure).contains("downgrade/V2__b.sql", "nope", "version 2");
        assertThat(versions()).containsExactly("1", "2");
        assertThat(tables()).containsExactly("a", "b");
    }

    @Test
    void downgradeWithAMissingDownScriptChangesNothingAndNamesIt() throws IOException {
        Files.delete(directory.resolve("downgrade/V2__b.sql"));
        db("upgrade").exits(0);

        String failure = db("downgrade", "base").exits(1).failure();

        assertThat(failure).contains("downgrade/V2__b.sql").doesNotContain("V3__c.sql").doesNotContain("V1__a.sql");
        assertThat(versions()).containsExactly("1", "2", "3");
        assertThat(tables()).containsExactly("a", "b", "c");
    }

    @Test
    void downgradeBelowBaseFailsAndChangesNothing() {
        db("upgrade", "2").exits(0);

        assertThat(db("downgrade", "-3").exits(1).failure()).contains("only 2 applied");

        assertThat(versions()).containsExactly("1", "2");
        assertThat(tables()).containsExactly("a", "b");
    }

    @Test
    void downgradeToAVersionNotAppliedFailsNamingIt() {
        db("upgrade", "1").exits(0);

        assertThat(db("downgrade", "3").exits(1).failure()).contains("version 3 is not applied");

        assertThat(versions()).containsExactly("1");
    }

    @Test
    void stampHeadOnTablesMadeByHandThenCheckPassesAndUpgradeRunsNothing() {
        database.execute("CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE c (id int);");

        assertThat(db("stamp", "head").exits(0).out()).contains("recorded at 3", "nothing was run");

        // Tables made by hand for this test, not the models: only the migration state is checked.
        assertThat(db("check", "--migrations-only").exits(0).out()).contains("OK", "version 3 (head)");
        Run upgrade = db("upgrade").exits(0);
        assertThat(upgrade.err()).contains("Nothing to upgrade").doesNotContain("Applying");
        assertThat(upgrade.out()).contains("0 migration(s) applied");
        assertThat(versions()).containsExactly("1", "2", "3");
    }

    @Test
    void stampAMiddleVersionThenUpgradeAppliesOnlyTheRest() {
        database.execute("CREATE TABLE a (id int); CREATE TABLE b (id int);");

        db("stamp", "2").exits(0);
        Run upgrade = db("upgrade").exits(0);

        assertThat(upgrade.err()).contains("Applying 1/1: V3__c.sql").doesNotContain("V1__a.sql", "V2__b.sql");
        assertThat(versions()).containsExactly("1", "2", "3");
        assertThat(tables()).containsExactly("a", "b", "c");
    }

    @Test
    void stampBaseForgetsTheHistoryWithoutRunningAnything() {
        db("upgrade").exits(0);

        db("stamp", "base").exits(0);

        assertThat(versions()).isEmpty();
        assertThat(tables()).containsExactly("a", "b", "c");
    }

    @Test
    void stampAVersionThatDoesNotExistFailsNamingIt() {
        assertThat(db("stamp", "7").exits(1).failure()).contains("version 7 does not exist");
        assertThat(database.column("SELECT to_regclass('flyway_schema_history')::text")).containsOnlyNulls();
    }

    @Test
    void checkListsPendingMigrationsAndExitsOne() {
        db("upgrade", "1").exits(0);

        Run check = db("check").exits(1);

        assertThat(check.out().lines()).containsExactly("pending: V2__b.sql", "pending: V3__c.sql");
        assertThat(check.failure()).contains("not at head", "2 problem(s)");
    }

    @Test
    void checkReportsAnAppliedMigrationModifiedSince() throws IOException {
        db("upgrade").exits(0);
        Files.writeString(directory.resolve("migration/V2__b.sql"), "CREATE TABLE b (id bigint);");

        Run check = db("check").exits(1);

        assertThat(check.out().lines()).singleElement().asString().contains("modified", "version 2");
        check.failure();
    }

    @Test
    void revisionCreatesTheMigrationAndItsDownScript() throws IOException {
        Path db = Files.createDirectories(directory.resolve("project/db/migration")).getParent();

        Run run = db("revision", "-m", "Add orders table!", "--dir", db.toString()).exits(0);

        String name = onlyFile(db.resolve("migration"));
        assertThat(name).matches("V\\d{14}__add_orders_table\\.sql");
        assertThat(onlyFile(db.resolve("downgrade"))).isEqualTo(name);
        assertThat(Files.readString(db.resolve("migration").resolve(name))).contains("Add orders table!");
        assertThat(run.out()).contains(db.resolve("migration").resolve(name).toString(),
                db.resolve("downgrade").resolve(name).toString());
    }

    @Test
    void twoRevisionsInTheSameSecondGetDifferentVersions() throws IOException {
        Path db = Files.createDirectories(directory.resolve("project/db/migration")).getParent();

        db("revision", "-m", "same", "--dir", db.toString()).exits(0);
        db("revision", "-m", "same", "--dir", db.toString()).exits(0);

        try (Stream<Path> files = Files.list(db.resolve("migration"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .hasSize(2).allMatch(name -> name.matches("V\\d{14}__same\\.sql"));
        }
        try (Stream<Path> files = Files.list(db.resolve("downgrade"))) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void revisionWithoutAMigrationFolderFailsNamingIt() {
        Path nowhere = directory.resolve("nowhere");

        assertThat(db("revision", "-m", "x", "--dir", nowhere.toString()).exits(1).failure())
                .contains("no migration folder at " + nowhere.resolve("migration"));
        assertThat(nowhere).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "upgrade +x", "downgrade", "downgrade x", "revision", "revision -m x --unsafe", "stamp abc!",
        "current --nope"})
    void usageErrorsExitTwoWithTheUsageText(String command) {
        Run run = db(command.split(" ")).exits(2);

        assertThat(run.err()).contains("Usage:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unreachableDatabaseFailsWithinTheWaitNamingHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> variables = variables();
        variables.put("DATABASE_URL", "postgresql://u:secret@127.0.0.1:" + closedPort + "/db");
        long started = System.nanoTime();

        Run run = db(variables, "current").exits(1);

        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(10);
        assertThat(run.failure()).startsWith("strata: PostgreSQL at 127.0.0.1:" + closedPort + " is not reachable after 2 s");
        assertThat(run.err()).doesNotContain("secret");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade", "downgrade -1", "stamp head"})
    void changesThroughATransactionPoolerAreRefusedNamingMigrationDatabaseUrl(String command) {
        Map<String, String> variables = variables();
        variables.put("DATABASE_URL", database.url() + "&pgbouncer=true");

        assertThat(db(variables, command.split(" ")).exits(1).failure())
                .contains("transaction-mode pooler", "MIGRATION_DATABASE_URL");
        assertThat(database.column("SELECT to_regclass('flyway_schema_history')::text")).containsOnlyNulls();
    }

    @Test
    void migrationDatabaseUrlIsUsedInsteadOfATransactionPooler() {
        Map<String, String> variables = variables();
        variables.put("DATABASE_URL", database.url() + "&pgbouncer=true");
        variables.put("MIGRATION_DATABASE_URL", database.url());

        db(variables, "upgrade").exits(0);

        assertThat(versions()).containsExactly("1", "2", "3");
    }

    private Run db(String... args) {
        return db(variables(), args);
    }

    static Run db(Map<String, String> variables, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = DbCli.run(args, Env.of(variables), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Map<String, String> variables() {
        return new HashMap<>(Map.of("DATABASE_URL", database.url(),
                "STRATA_MIGRATION_LOCATIONS", new MigrationFiles(directory).location(),
                "STRATA_DB_WAIT", "2"));
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

    /** Stdout parsed as one JSON object: fails when anything else is printed around it. */
    private static Map<String, Object> object(String out) {
        return JSON.readValue(out, new TypeReference<Map<String, Object>>() { });
    }

    private static String onlyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString()).toList();
            assertThat(names).as("files in " + folder).hasSize(1);
            return names.getFirst();
        }
    }

    @Test
    void downgradeToAVersionAfterAnOutOfOrderMigrationRevertsEveryNewerVersion() throws IOException {
        Files.delete(directory.resolve("migration/V2__b.sql"));
        db("upgrade").exits(0);
        migration("V2__b.sql", "CREATE TABLE b (id int);", "DROP TABLE b;");
        db("upgrade").exits(0);

        db("downgrade", "2").exits(0);

        assertThat(versions()).containsExactly("1", "2");
        assertThat(tables()).containsExactly("a", "b");
    }

    @Test
    void unreachableTransactionPoolerIsRefusedBeforeConnecting() {
        Map<String, String> variables = variables();
        variables.put("DATABASE_URL", "postgresql://postgres.ref:pw@127.0.0.1:6543/postgres");

        assertThat(db(variables, "upgrade").exits(1).failure())
                .contains("transaction-mode pooler", "MIGRATION_DATABASE_URL");
    }
}
