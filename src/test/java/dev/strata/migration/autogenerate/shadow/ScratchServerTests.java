package dev.strata.migration.autogenerate.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.embedded.EmbeddedPostgresServer;
import dev.strata.embedded.IdleShutdown;
import dev.strata.migration.MigrationService;
import dev.strata.migration.autogenerate.CurrentSchema;
import dev.strata.migration.autogenerate.desired.DesiredSchema;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.DatabaseUrl;
import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import dev.strata.settings.ToolSettings;
import dev.strata.test.CatalogSnapshot;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestEnvironment.class)
class ScratchServerTests {

    @TempDir
    Path directory;

    private final List<String> lines = new ArrayList<>();

    @Test
    void aScratchDatabaseIsGoneAfterItsWorkSucceededOrFailed(TestDatabase database) {
        try (ScratchServer server = ScratchServer.open(shadowUrl(), lines::add)) {
            String succeeded;
            try (ScratchDatabase scratch = server.create()) {
                succeeded = scratch.name();
                new TestDatabase(scratch.settings()).execute("CREATE TABLE t (id int)");
                assertThat(databases(database)).contains(succeeded);
            }
            String[] failed = new String[1];
            assertThatThrownBy(() -> {
                try (ScratchDatabase scratch = server.create()) {
                    failed[0] = scratch.name();
                    new TestDatabase(scratch.settings()).execute("CREATE TABLE broken (id no_such_type)");
                }
            }).hasMessageContaining("no_such_type");

            assertThat(succeeded).startsWith(ScratchServer.PREFIX);
            assertThat(databases(database)).doesNotContain(succeeded, failed[0]);
            assertThat(server.databases()).isEmpty();
            assertThat(lines).containsExactly("Scratch databases: SHADOW_DATABASE_URL ("
                    + DatabaseUrl.parse("test", TestEnvironment.serverUrl()).hostAndPort() + ")");
        }
    }

    @Test
    void closingTheServerDropsWhatIsLeftAndRefusesMore(TestDatabase database) {
        ScratchServer server = ScratchServer.open(shadowUrl(), lines::add);
        String left = server.create().name();
        String alsoLeft = server.create().name();

        server.close();

        assertThat(databases(database)).doesNotContain(left, alsoLeft);
        assertThatThrownBy(server::create).isInstanceOf(StrataException.class).hasMessageContaining("closed");
    }

    @Test
    void anInterruptedProcessDropsItsScratchDatabase(TestDatabase database) throws Exception {
        Path out = directory.resolve("out.log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), ScratchHolder.class.getName())
                .directory(directory.toFile()).redirectOutput(out.toFile()).redirectError(directory.resolve("err.log").toFile());
        builder.environment().put(ScratchServer.SHADOW_DATABASE_URL, TestEnvironment.serverUrl());
        Process process = builder.start();
        try {
            String name = awaitName(out, process);
            assertThat(databases(database)).contains(name);

            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();

            assertThat(databases(database)).doesNotContain(name);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void withoutAUrlTheEmbeddedServerBuildsBothSchemasAndIsStoppedAfterwardsWhenNotKept() throws IOException, SQLException {
        CommandSettings settings = CommandSettings.from(Env.of(Map.of("STRATA_HOME", directory.toString(),
                ToolSettings.SHADOW_KEEP_SECONDS, "0")));
        Path data = directory.resolve("shadow");
        assertThat(ScratchServer.expectedMajorVersion(settings)).isEmpty();
        int port;
        String name;
        try (ScratchServer server = ScratchServer.open(settings, lines::add); ScratchDatabase migrated = server.create();
                ScratchDatabase desired = server.create(); Connection connection = desired.connect()) {
            name = migrated.name();
            port = migrated.settings().port();
            CurrentSchema.build(migrated.settings(), List.of(MigrationService.DEFAULT_LOCATION), lines::add);
            new DesiredSchema(List.of(DesiredSchema.DEFAULT_PACKAGE), getClass().getClassLoader(),
                    Path.of("src/main/resources/db")).applyTo(connection, lines::add);
            assertThat(CatalogSnapshot.of(new TestDatabase(desired.settings())))
                    .isEqualTo(CatalogSnapshot.of(new TestDatabase(migrated.settings())));
            assertThat(EmbeddedPostgresServer.runningPort(data)).isEqualTo(port);
            // Known before the next start: what the entities can be rendered for while the server starts.
            assertThat(ScratchServer.expectedMajorVersion(settings)).hasValue(connection.getMetaData().getDatabaseMajorVersion());
        }

        assertThat(lines.getFirst()).startsWith("Scratch databases: embedded PostgreSQL (data in " + data + "), up in ");
        assertThat(EmbeddedPostgresServer.runningPort(data)).isNull();
        assertThat(accepts(port)).isFalse();
        assertThat(data.resolve("PG_VERSION")).exists();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data)) {
            assertThat(new TestDatabase(again.settings()).column("SELECT datname FROM pg_database")).doesNotContain(name);
        }
    }

    @Test
    void theEmbeddedServerStaysUpForTheNextCommandAndItsWatchdogStopsItOnceIdle() throws Exception {
        CommandSettings settings = CommandSettings.from(Env.of(Map.of("STRATA_HOME", directory.toString(),
                ToolSettings.SHADOW_KEEP_SECONDS, "3600")));
        Path data = directory.resolve("shadow");
        try {
            int port;
            String name;
            try (ScratchServer server = ScratchServer.open(settings, lines::add); ScratchDatabase scratch = server.create()) {
                port = scratch.settings().port();
                name = scratch.name();
            }
            assertThat(lines.getFirst()).startsWith("Scratch databases: embedded PostgreSQL (data in " + data + "), up in ")
                    .endsWith("; it stays up 3600 s after the last command (SHADOW_KEEP_SECONDS)");
            assertThat(EmbeddedPostgresServer.runningPort(data)).isEqualTo(port);
            assertThat(accepts(port)).isTrue();
            long until = Long.parseLong(Files.readString(data.resolve(IdleShutdown.DEADLINE_FILE)).strip());
            assertThat(until - System.currentTimeMillis() / 1000).isBetween(3000L, 3600L);
            ProcessHandle watchdog = watchdog(data);

            // The next command finds it running and the same watchdog watching; what it made is gone.
            lines.clear();
            try (ScratchServer server = ScratchServer.open(settings, lines::add); ScratchDatabase scratch = server.create()) {
                assertThat(scratch.settings().port()).isEqualTo(port);
                assertThat(new TestDatabase(scratch.settings()).column("SELECT datname FROM pg_database")).doesNotContain(name);
            }
            assertThat(lines).containsExactly("Scratch databases: the embedded PostgreSQL already running on " + data);
            assertThat(watchdog(data).pid()).isEqualTo(watchdog.pid());

            // A watchdog that died (kill -9) is replaced by the next command.
            watchdog.destroyForcibly();
            assertThat(watchdog.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            try (ScratchServer server = ScratchServer.open(settings, lines::add)) {
                assertThat(server.databases()).isEmpty();
            }
            ProcessHandle replacement = watchdog(data);
            assertThat(replacement.pid()).isNotEqualTo(watchdog.pid());

            // Once the deadline has passed, the watchdog stops the server and ends.
            IdleShutdown.keepFor(data, 0);
            assertThat(replacement.onExit().get(2, TimeUnit.MINUTES).isAlive()).isFalse();
            long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (EmbeddedPostgresServer.runningPort(data) != null && System.nanoTime() < waitUntil) {
                Thread.sleep(50);
            }
            assertThat(EmbeddedPostgresServer.runningPort(data)).isNull();
            assertThat(accepts(port)).isFalse();
        } finally {
            Integer left = EmbeddedPostgresServer.runningPort(data);
            if (left != null) {
                ProcessHandle.of(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip()))
                        .ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private static ProcessHandle watchdog(Path data) {
        return IdleShutdown.running(data.resolve(IdleShutdown.WATCHDOG_FILE)).orElseThrow(
                () -> new AssertionError("no watchdog runs for " + data));
    }

    @Test
    void withAUrlOnlyTheServerKnowsItsVersion() {
        assertThat(ScratchServer.expectedMajorVersion(shadowUrl())).isEmpty();
    }

    private static CommandSettings shadowUrl() {
        return CommandSettings.from(Env.of(Map.of(ScratchServer.SHADOW_DATABASE_URL, TestEnvironment.serverUrl())));
    }

    private static List<String> databases(TestDatabase any) {
        return any.column("SELECT datname FROM pg_database");
    }

    private static String awaitName(Path out, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            String text = Files.exists(out) ? Files.readString(out) : "";
            if (text.startsWith("created ") && text.endsWith("\n")) {
                return text.substring("created ".length()).strip();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the process did not report its scratch database; alive: " + process.isAlive());
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
