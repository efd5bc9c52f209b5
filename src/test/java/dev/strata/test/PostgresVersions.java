package dev.strata.test;

import dev.strata.embedded.EmbeddedPostgresServer;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.DatabaseUrl;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL servers of different major versions that version-sensitive tests (the diff
 * fixtures) run on: the test server {@link TestServers} chose; the embedded PostgreSQL 17 when
 * that is another version; and the machine's own server ({@code TEST_MACHINE_DATABASE_URL},
 * by default {@code postgresql://postgres@127.0.0.1:5432/postgres}) when it answers and is
 * another version again. One server per major version.
 */
public final class PostgresVersions {

    private static final Logger log = LoggerFactory.getLogger(PostgresVersions.class);
    private static final String MACHINE_DEFAULT = "postgresql://postgres@127.0.0.1:5432/postgres?sslmode=disable";

    private static @Nullable List<Server> servers;

    /**
     * One server.
     *
     * @param major its major version, e.g. 15
     * @param admin settings of its {@code postgres} database
     */
    public record Server(int major, DatabaseSettings admin) {

        /** A new database with a random name on this server. */
        public TestDatabase createDatabase() {
            String name = "strata_test_" + TestEnvironment.randomHex(8);
            TestEnvironment.admin(admin, "CREATE DATABASE " + name);
            return new TestDatabase(admin.withDatabase(name));
        }

        public void dropDatabase(TestDatabase database) {
            TestEnvironment.admin(admin, "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
        }

        @Override
        public String toString() {
            return "PostgreSQL " + major;
        }
    }

    private PostgresVersions() {
    }

    /** Every server, the test server first. */
    public static synchronized List<Server> all() {
        if (servers == null) {
            List<Server> found = new ArrayList<>();
            found.add(server(TestServers.postgres()));
            if (found.stream().noneMatch(s -> s.major() == 17)) {
                EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(null);
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
                found.add(server(embedded.settings()));
            }
            machine().filter(m -> found.stream().noneMatch(s -> s.major() == m.major())).ifPresent(found::add);
            log.info("Diff fixtures run on {}", found);
            servers = List.copyOf(found);
        }
        return servers;
    }

    /** The machine's own server, when it answers. */
    public static Optional<Server> machine() {
        String url = System.getenv("TEST_MACHINE_DATABASE_URL");
        try {
            return Optional.of(server(DatabaseUrl.parse("TEST_MACHINE_DATABASE_URL",
                    url == null || url.isBlank() ? MACHINE_DEFAULT : url)));
        } catch (RuntimeException e) {
            log.info("No machine PostgreSQL ({}): {}", url == null ? MACHINE_DEFAULT : "TEST_MACHINE_DATABASE_URL",
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static Server server(DatabaseSettings admin) {
        try (Connection connection = TestDatabase.connect(admin, "strata-test-admin");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            row.next();
            return new Server(row.getInt(1), admin);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach " + admin.describe() + ": " + e.getMessage(), e);
        }
    }
}
