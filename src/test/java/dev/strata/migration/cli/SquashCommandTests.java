package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.migration.cli.DbCliTests.Run;
import dev.strata.test.MigrationFiles;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code db squash --to VERSION} in-process on real databases: a five-step history (an enum and a
 * value added to it, a renamed column, a function, a view, a renamed table, a foreign key) squashed
 * to version 4, then the everyday verbs on a database built from the baseline and on one whose
 * history was already past version 4 before the squash.
 */
class SquashCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestEnvironment.createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        TestEnvironment.dropDatabase(database);
    }

    private void history() throws IOException {
        migration("V1__people.sql", """
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL, mood mood);""",
                "DROP TABLE people; DROP TYPE mood;");
        migration("V2__rename_and_shout.sql", """
                ALTER TYPE mood ADD VALUE 'happy';
                ALTER TABLE people RENAME COLUMN name TO full_name;
                CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;""",
                "DROP FUNCTION shout(text); ALTER TABLE people RENAME COLUMN full_name TO name;");
        migration("V3__view.sql", """
                CREATE VIEW loud_people AS SELECT id, shout(full_name) AS name FROM people;
                ALTER TABLE people RENAME TO persons;""",
                "ALTER TABLE persons RENAME TO people; DROP VIEW loud_people;");
        migration("V4__pets.sql", "CREATE TABLE pets (id bigint PRIMARY KEY, owner bigint REFERENCES persons (id));",
                "DROP TABLE pets;");
        migration("V5__email.sql", "ALTER TABLE persons ADD COLUMN email text;",
                "ALTER TABLE persons DROP COLUMN email;");
    }

    @Test
    void squashesAMultiStepHistoryIntoABaselineThatANewDatabaseUpgradesChecksAndDowngradesFrom() throws IOException {
        history();

        Run run = squash("--to", "4").exits(0);

        Path baseline = directory.resolve("migration/B4__squashed.sql");
        assertThat(run.out()).isEqualTo("Created " + baseline + "\nCreated " + directory.resolve("downgrade/B4__squashed.sql")
                + "\n");
        assertThat(run.err()).contains("Verify: the baseline builds the schema of the 4 migration(s) it folds",
                "Verify: on a new database the baseline and the migrations above version 4 build the schema");
        assertThat(Files.readString(baseline)).startsWith("-- Baseline for new databases")
                .contains("Folds 4 migration(s): V1__people.sql, V2__rename_and_shout.sql, V3__view.sql, V4__pets.sql",
                        "CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy')", "CREATE OR REPLACE FUNCTION public.shout(t text)",
                        "CREATE VIEW public.loud_people", "full_name text NOT NULL", "people_pkey PRIMARY KEY (id)")
                .doesNotContain("NOT CARRIED", "BEGIN;");
        assertThat(names("migration")).contains("V1__people.sql", "V4__pets.sql", "B4__squashed.sql");

        db("upgrade").exits(0);
        assertThat(database.column("SELECT script FROM flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("B4__squashed.sql", "V5__email.sql");
        assertThat(db("current").exits(0).out().strip()).isEqualTo("5 (head)");
        assertThat(db("heads").exits(0).out().strip()).isEqualTo("5 (head)");
        assertThat(db("check", "--migrations-only").exits(0).out()).startsWith("OK: version 5 (head)");
        assertThat(db("history").exits(0).out()).contains("below-baseline", "baseline");
        assertSameSchemaAsTheWholeHistory();

        db("downgrade", "base").exits(0);
        assertThat(database.tables()).isEmpty();
        assertThat(database.column("SELECT count(*) FROM pg_type WHERE typname = 'mood'")).containsExactly("0");
    }

    @Test
    void aDatabaseAlreadyPastTheVersionKeepsItsHistoryAndItsVerbsWork() throws IOException {
        history();
        db("upgrade", "4").exits(0);

        squash("--to", "4").exits(0);

        assertThat(db("check", "--migrations-only").exits(1).out()).isEqualTo("pending: V5__email.sql\n");
        db("upgrade").exits(0);
        assertThat(database.appliedVersions()).containsExactly("1", "2", "3", "4", "5");
        assertThat(db("current").exits(0).out().strip()).isEqualTo("5 (head)");
        assertThat(db("check", "--migrations-only").exits(0).out()).startsWith("OK: version 5 (head)");
        db("downgrade", "2").exits(0);
        assertThat(database.appliedVersions()).containsExactly("1", "2");
        assertThat(database.tables()).containsExactly("people");
    }

    @Test
    void deleteRemovesTheFoldedFilesAndBothKindsOfDatabaseStillCheck() throws IOException {
        history();
        db("upgrade").exits(0);

        Run run = squash("--to", "4", "--delete").exits(0);

        assertThat(run.out()).contains("Deleted " + directory.resolve("migration/V1__people.sql"),
                "Deleted " + directory.resolve("downgrade/V4__pets.sql"));
        assertThat(names("migration")).containsExactly("B4__squashed.sql", "V5__email.sql");
        assertThat(names("downgrade")).containsExactly("B4__squashed.sql", "V5__email.sql");
        assertThat(db("check", "--migrations-only").exits(0).out()).startsWith("OK: version 5 (head)");
        assertThat(db("history").exits(0).out()).contains("missing");

        TestDatabase fresh = TestEnvironment.createDatabase();
        try {
            Map<String, String> variables = variables();
            variables.put("DATABASE_URL", fresh.url());
            DbCliTests.db(variables, "upgrade").exits(0);
            assertThat(DbCliTests.db(variables, "check", "--migrations-only").exits(0).out()).startsWith("OK: version 5");
            DbCliTests.db(Map.of(), "diff", "--from", database.url(), "--to", fresh.url()).exits(0);
        } finally {
            TestEnvironment.dropDatabase(fresh);
        }
    }

    @Test
    void seedRowsAreRefusedNamingTheStatementAndTheTableAndAllowLossWritesThemIntoTheHeader() throws IOException {
        migration("V1__settings.sql", """
                CREATE TABLE settings (k text PRIMARY KEY, v text);
                INSERT INTO settings VALUES ('mode', 'on');""", "DROP TABLE settings;");

        Run refused = squash("--to", "1").exits(1);

        assertThat(refused.failure()).startsWith("strata: nothing was written: a baseline made from the schema cannot "
                + "carry 2 thing(s)").contains("rows written by V1__settings.sql:2: INSERT INTO settings VALUES",
                "rows in public.settings: 1 after the replay", "--allow-loss");
        assertThat(names("migration")).containsExactly("V1__settings.sql");

        Run written = squash("--to", "1", "--allow-loss").exits(0);

        assertThat(written.err()).contains("Warning: not carried: rows in public.settings: 1 after the replay");
        assertThat(Files.readString(directory.resolve("migration/B1__squashed.sql")))
                .contains("-- NOT CARRIED (written with --allow-loss)", "--   rows in public.settings: 1 after the replay");
    }

    @Test
    void objectsTheEngineDoesNotCompareAndSupabaseSchemasAreRefused() throws IOException {
        migration("V1__rule.sql", """
                CREATE TABLE a (id int);
                CREATE RULE a_keep AS ON DELETE TO a DO INSTEAD NOTHING;
                CREATE SCHEMA cron;""", "DROP SCHEMA cron; DROP TABLE a;");

        assertThat(squash("--to", "1").exits(1).failure()).contains("not compared: 1 rule",
                "schema cron: never compared");
        assertThat(names("migration")).containsExactly("V1__rule.sql");
    }

    @Test
    void aLaterMigrationThatNeedsTheRowsTheBaselineDropsFailsTheVerificationAndWritesNothing() throws IOException {
        migration("V1__settings.sql", """
                CREATE TABLE settings (k text PRIMARY KEY, v text);
                INSERT INTO settings VALUES ('mode', 'on');""", "DROP TABLE settings;");
        migration("V2__needs_mode.sql", """
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM settings WHERE k = 'mode') THEN RAISE EXCEPTION 'seed row mode missing'; END IF;
                END $$;""", "SELECT 1;");

        Run run = squash("--to", "1", "--allow-loss").exits(1);

        assertThat(run.failure()).startsWith("strata: verification failed, nothing was written: on a new database, the "
                + "baseline and the migrations above version 1 do not apply: ").contains("seed row mode missing");
        assertThat(names("migration")).containsExactly("V1__settings.sql", "V2__needs_mode.sql");
        assertThat(names("downgrade")).containsExactly("V1__settings.sql", "V2__needs_mode.sql");
    }

    @Test
    void aVersionNoMigrationHasFailsWithExitOneAndAMalformedOneIsAUsageError() throws IOException {
        history();

        assertThat(squash("--to", "9").exits(1).failure()).startsWith("strata: version 9 does not exist: no migration file");
        assertThat(squash("--to", "nine").exits(2).err()).contains("'nine' is not a version such as 2");
        assertThat(names("migration")).doesNotContain("B9__squashed.sql");
    }

    @Test
    void squashingTwiceToTheSameVersionIsRefused() throws IOException {
        history();
        squash("--to", "2").exits(0);

        assertThat(squash("--to", "2").exits(1).failure())
                .isEqualTo("strata: nothing was written: B2__squashed.sql already folds the history up to 2; squash to "
                        + "a newer version");
    }

    @Test
    void jsonNamesTheFilesTheFoldedMigrationsAndTheChanges() throws IOException {
        history();

        Map<String, Object> json = JSON.readValue(squash("--to", "3", "--json").exits(0).out(),
                new TypeReference<Map<String, Object>>() { });

        assertThat(json).containsOnlyKeys("version", "baseline", "down", "folded", "deleted", "changes", "not_carried")
                .containsEntry("version", "3")
                .containsEntry("baseline", directory.resolve("migration/B3__squashed.sql").toString())
                .containsEntry("folded", List.of("V1__people.sql", "V2__rename_and_shout.sql", "V3__view.sql"))
                .containsEntry("deleted", List.of()).containsEntry("not_carried", List.of());
        assertThat((Integer) json.get("changes")).isPositive();
    }

    /** The squashed database has the schema of a database that ran every migration. */
    private void assertSameSchemaAsTheWholeHistory() {
        TestDatabase whole = TestEnvironment.createDatabase();
        try {
            Map<String, String> variables = variables();
            variables.put("DATABASE_URL", whole.url());
            variables.put("STRATA_MIGRATION_LOCATIONS", "filesystem:" + withoutBaseline());
            DbCliTests.db(variables, "upgrade").exits(0);
            assertThat(whole.appliedVersions()).containsExactly("1", "2", "3", "4", "5");
            DbCliTests.db(Map.of(), "diff", "--from", whole.url(), "--to", database.url()).exits(0);
        } finally {
            TestEnvironment.dropDatabase(whole);
        }
    }

    /** A copy of the migrations without the baseline: the history as it was before the squash. */
    private Path withoutBaseline() {
        try {
            Path copy = Files.createDirectories(directory.resolve("before"));
            for (String name : names("migration")) {
                if (name.startsWith("V")) {
                    Files.copy(directory.resolve("migration").resolve(name), copy.resolve(name));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run squash(String... options) {
        List<String> args = new ArrayList<>(List.of("squash", "--dir", directory.toString()));
        args.addAll(List.of(options));
        return db(args.toArray(String[]::new));
    }

    private Run db(String... args) {
        return DbCliTests.db(variables(), args);
    }

    private Map<String, String> variables() {
        return new HashMap<>(Map.of("DATABASE_URL", database.url(),
                "STRATA_MIGRATION_LOCATIONS", new MigrationFiles(directory).location(),
                ScratchServer.SHADOW_DATABASE_URL, TestEnvironment.serverUrl(), "STRATA_DB_WAIT", "2"));
    }

    private void migration(String name, String up, String down) throws IOException {
        new MigrationFiles(directory).add(name, up, down);
    }

    private List<String> names(String folder) {
        try (Stream<Path> files = Files.list(directory.resolve(folder))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
