package dev.strata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.ServiceProcess;
import dev.strata.test.ShippedMigrations;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service as a process: what a bad start prints and exits with, and replicas booting together. */
@ExtendWith(TestEnvironment.class)
class StartupProcessTests {

    @TempDir
    Path workingDirectory;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://app:s3cr3t-pw@db.example.com:abc/app | DATABASE_URL: port 'abc'",
        "mysql://app:s3cr3t-pw@db.example.com/app          | DATABASE_URL: unsupported scheme 'mysql'",
        "postgresql://app:s3cr3t-pw@/app                   | DATABASE_URL: no host",
    })
    void malformedDatabaseUrlExitsWithOneLineAndNoPassword(String url, String expected) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("DATABASE_URL", url))) {
            assertThat(service.awaitExit(Duration.ofSeconds(30))).isNotZero();
            assertThat(service.stderr().strip()).startsWith("strata: " + expected).doesNotContain("\n");
            assertThat(service.stderr() + service.stdout()).doesNotContain("s3cr3t").doesNotContain("Exception");
        }
    }

    @Test
    void missingJwtSecretWithARealDatabaseExitsNamingTheVariable(TestDatabase database) throws Exception {
        Map<String, String> variables = Map.of("DATABASE_URL", database.url(), "REDIS_URL", "redis://127.0.0.1:6379");
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, variables)) {
            assertThat(service.awaitExit(Duration.ofSeconds(30))).isNotZero();
            assertThat(service.stderr().strip()).startsWith("strata: JWT_SECRET: required");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RS256 | 0123456789abcdef0123456789abcdef | strata: JWT_ALGORITHM: expected HS256, HS384 or HS512, got 'RS256'",
        "HS512 | 0123456789abcdef0123456789abcdef | strata: JWT_SECRET: HS512 needs at least 64 bytes, got 32",
    })
    void unusableJwtSettingsAreRefusedAtStart(String algorithm, String secret, String expected, TestDatabase database)
            throws Exception {
        Map<String, String> variables = Map.of("DATABASE_URL", database.url(), "REDIS_URL", "redis://127.0.0.1:6379",
                "JWT_ALGORITHM", algorithm, "JWT_SECRET", secret);
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, variables)) {
            assertThat(service.awaitExit(Duration.ofSeconds(30))).isNotZero();
            assertThat(service.stderr().strip()).startsWith(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc.supabase.co          | sb_publishable_s3cr3t | sb_secret_s3cr3t      | strata: SUPABASE_URL: expected an http(s) URL",
        "https://abc.supabase.co  |                       | sb_secret_s3cr3t      | strata: SUPABASE_ANON_KEY: required with SUPABASE_URL",
        "https://abc.supabase.co  | sb_publishable_s3cr3t |                       | strata: SUPABASE_SERVICE_ROLE_KEY: required",
        "https://abc.supabase.co  | sb_publishable_s3cr3t | sb_publishable_s3cr3t | strata: SUPABASE_SECRET_KEY: this is the public",
    })
    void unusableSupabaseSettingsAreRefusedAtStartWithoutShowingAKey(String url, String publishable, String secret, String expected)
            throws Exception {
        Map<String, String> variables = new HashMap<>(Map.of("SUPABASE_URL", url));
        if (publishable != null) {
            variables.put("SUPABASE_PUBLISHABLE_KEY", publishable);
        }
        if (secret != null) {
            variables.put("SUPABASE_SECRET_KEY", secret);
        }
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, variables)) {
            assertThat(service.awaitExit(Duration.ofSeconds(30))).isNotZero();
            assertThat(service.stderr().strip()).startsWith(expected).doesNotContain("\n");
            assertThat(service.stderr() + service.stdout()).doesNotContain("s3cr3t").doesNotContain("Exception");
        }
    }

    @Test
    void unreachableDatabaseIsRetriedThenExitsNamingHostAndPort() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> variables = new HashMap<>(TestEnvironment.current().variables());
        variables.put("DATABASE_URL", "postgresql://app:pw@127.0.0.1:" + closedPort + "/app");
        variables.put("STRATA_DB_WAIT", "3");
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, variables)) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(service.stderr()).contains("strata: PostgreSQL at 127.0.0.1:" + closedPort
                    + " is not reachable after 3 s");
            assertThat(service.stdout()).contains("Waiting for PostgreSQL at 127.0.0.1:" + closedPort + " (attempt 2");
        }
    }

    @Test
    void migratingThroughATransactionPoolerIsRefusedNamingTheUrlToUse() throws Exception {
        Map<String, String> variables = new HashMap<>(TestEnvironment.current().variables());
        variables.put("DATABASE_URL", "postgresql://postgres.ref:pw@127.0.0.1:6543/postgres");
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, variables)) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(service.stderr()).contains("strata: migrations cannot run through a transaction-mode pooler",
                    "MIGRATION_DATABASE_URL");
        }
    }

    @Test
    void failingMigrationExitsNamingTheFileAndLeavesTheSchemaAsBefore() throws Exception {
        Path migrations = Files.createDirectories(workingDirectory.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__fine.sql"), "CREATE TABLE fine (id int);");
        Files.writeString(migrations.resolve("V2__broken.sql"), "CREATE TABLE half (id int);\nSELECT 1/0;");
        TestDatabase database = TestEnvironment.current().database();
        Map<String, String> variables = new HashMap<>(TestEnvironment.current().variables());
        variables.put("STRATA_MIGRATION_LOCATIONS", "filesystem:" + migrations);
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, variables)) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(service.stderr()).contains("strata: migration V2__broken.sql failed: ERROR: division by zero");
        }
        assertThat(database.column("SELECT to_regclass('half')::text")).containsOnlyNulls();
        assertThat(database.column("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly("1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "filesystem:missing         | does not exist",
        "filesystem:empty           | holds no migration",
        "classpath:db/no-such-thing | does not exist on the classpath",
    })
    void migrationLocationThatCannotWorkStopsTheStartWithOneLine(String location, String expected) throws Exception {
        Files.createDirectories(workingDirectory.resolve("empty"));
        Map<String, String> variables = new HashMap<>(TestEnvironment.current().variables());
        variables.put("STRATA_MIGRATION_LOCATIONS", location);
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, variables)) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            // The JVM's own warnings (Netty's native access) may precede it; nothing else is printed.
            assertThat(service.stderr().lines().filter(line -> !line.isBlank() && !line.startsWith("WARNING: ")))
                    .singleElement().asString().startsWith("strata: STRATA_MIGRATION_LOCATIONS: " + location + " " + expected);
            assertThat(service.stderr()).doesNotContain("Exception");
        }
    }

    @Test
    void replicasBootingTogetherOnAnEmptyDatabaseAllServeAndMigrateOnce() throws Exception {
        TestDatabase database = TestEnvironment.createDatabase();
        Map<String, String> variables = new HashMap<>(TestEnvironment.current().variables());
        variables.put("DATABASE_URL", database.url());
        List<ServiceProcess> replicas = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                replicas.add(ServiceProcess.start(Files.createDirectories(workingDirectory.resolve("r" + i)), variables));
            }
            for (ServiceProcess replica : replicas) {
                HttpResponse<String> health = replica.awaitHealth(Duration.ofSeconds(90));
                assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
                assertThat(health.body()).contains("\"current\":\"" + ShippedMigrations.head() + "\"", "\"pending\":0");
                // The first answer above is only reliable on a loaded machine because nothing connects on demand.
                assertThat(replica.stdout()).containsSubsequence("pooled connection(s) open", "Netty started on port");
                assertThat(replica.stdout()).containsSubsequence("Redis: connected", "Netty started on port");
            }
            assertThat(database.appliedVersions()).containsExactlyElementsOf(ShippedMigrations.versions());
        } finally {
            for (ServiceProcess replica : replicas) {
                replica.close();
            }
            TestEnvironment.dropDatabase(database);
        }
    }
}
