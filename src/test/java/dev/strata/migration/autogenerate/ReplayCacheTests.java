package dev.strata.migration.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migration.MigrationService;
import dev.strata.migration.autogenerate.shadow.ScratchDatabase;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.Env;
import dev.strata.test.MigrationFiles;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations' replay is cached as a template database named by the files' digest: reused while
 * they are the same, never once a migration is changed, added or removed. Each test's migrations
 * carry a fresh marker, so a template left on the shared test server by an earlier run never answers.
 */
@ExtendWith(TestEnvironment.class)
class ReplayCacheTests {

    @TempDir
    Path project;

    private final List<String> lines = new ArrayList<>();
    private final String marker = "-- run " + UUID.randomUUID() + "\n";
    private MigrationFiles files;
    private ScratchServer server;

    @BeforeEach
    void open() throws IOException {
        files = new MigrationFiles(project);
        files.add("V1__one.sql", marker + "CREATE TABLE one (id int);", null);
        server = ScratchServer.open(CommandSettings.from(Env.of(Map.of(ScratchServer.SHADOW_DATABASE_URL,
                TestEnvironment.serverUrl()))), lines::add);
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void theSecondReplayOfTheSameMigrationsIsACopyOfTheFirst() {
        assertThat(tablesOf(false)).containsExactly("one");

        assertThat(tablesOf(true)).containsExactly("one");
        assertThat(lines.getLast()).startsWith("Current schema: the migrations' replay copied from "
                + ScratchServer.TEMPLATE_PREFIX);
    }

    @Test
    void aChangedMigrationIsReplayedAgain() throws IOException {
        tablesOf(false);
        files.add("V1__one.sql", marker + "CREATE TABLE one (id int, name text);", null);

        try (ScratchDatabase changed = migrated(false)) {
            assertThat(new TestDatabase(changed.settings()).column("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'one' ORDER BY ordinal_position")).containsExactly("id", "name");
        }
        assertThat(tablesOf(true)).containsExactly("one");
    }

    @Test
    void anAddedOrRemovedMigrationIsReplayedAgain() throws IOException {
        tablesOf(false);
        files.add("V2__two.sql", "CREATE TABLE two (id int);", null);
        assertThat(tablesOf(false)).containsExactly("one", "two");

        Files.delete(project.resolve("migration/V2__two.sql"));
        assertThat(tablesOf(true)).containsExactly("one");
    }

    @Test
    void theNameFollowsEveryFileTheBaselineAndTheLocationKind() throws IOException {
        List<String> locations = List.of(files.location());
        String name = ReplayCache.templateName(locations, "").orElseThrow();

        assertThat(name).startsWith(ScratchServer.TEMPLATE_PREFIX).isEqualTo(ReplayCache.templateName(locations, "").orElseThrow());
        assertThat(ReplayCache.templateName(locations, "CREATE SCHEMA auth;")).get().isNotEqualTo(name);
        // Flyway's SQL callbacks live next to the migrations and change what a replay builds.
        Files.writeString(project.resolve("migration/afterMigrate.sql"), "CREATE TABLE extra (id int);");
        assertThat(ReplayCache.templateName(locations, "")).get().isNotEqualTo(name);
        assertThat(ReplayCache.templateName(List.of(MigrationService.DEFAULT_LOCATION), "")).isPresent();
        assertThat(ReplayCache.templateName(List.of("s3:bucket/migrations"), "")).isEmpty();
    }

    /** The tables of a replay, asserting whether it came from the cache. */
    private List<String> tablesOf(boolean cached) {
        try (ScratchDatabase database = migrated(cached)) {
            return new TestDatabase(database.settings()).tables();
        }
    }

    private ScratchDatabase migrated(boolean cached) {
        ReplayCache.Migrated migrated = ReplayCache.migrated(server, List.of(files.location()), lines::add);
        assertThat(migrated.cached()).as("from the cache; progress: %s", lines).isEqualTo(cached);
        return migrated.database();
    }
}
