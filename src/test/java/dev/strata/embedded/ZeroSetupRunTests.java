package dev.strata.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.ServiceProcess;
import dev.strata.test.ShippedMigrations;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing configured: the service brings its own PostgreSQL and Redis and keeps its data. */
class ZeroSetupRunTests {

    @TempDir
    Path workingDirectory;

    @Test
    void servesWithEmbeddedServersAndKeepsDataAcrossRestarts() throws Exception {
        String secret;
        try (ServiceProcess first = ServiceProcess.start(workingDirectory, Map.of())) {
            HttpResponse<String> health = first.awaitHealth(Duration.ofSeconds(120));
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"current\":\"" + ShippedMigrations.head() + "\"", "\"pending\":0");
            assertThat(first.stdout()).contains("Zero-setup run: serving on http://localhost:" + first.port(),
                    "set DATABASE_URL and REDIS_URL");
            assertThat(first.stdout()).contains("JWT_SECRET is not set");
        }
        Path data = workingDirectory.resolve(".strata/postgres");
        assertThat(data.resolve("PG_VERSION")).exists();
        secret = Files.readString(workingDirectory.resolve(".strata/jwt-secret"));

        try (ServiceProcess second = ServiceProcess.start(workingDirectory, Map.of())) {
            HttpResponse<String> health = second.awaitHealth(Duration.ofSeconds(120));
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(second.stdout()).contains("Migrations: 0 applied");
        }
        assertThat(Files.readString(workingDirectory.resolve(".strata/jwt-secret"))).isEqualTo(secret);
    }

    @Test
    void sqliteEngineSettingStartsTheEmbeddedPostgresAndSaysSo() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(workingDirectory, Map.of("DB_ENGINE", "sqlite"))) {
            assertThat(service.awaitHealth(Duration.ofSeconds(120)).statusCode()).isEqualTo(200);
            assertThat(service.stdout()).contains("DB_ENGINE=sqlite: using the embedded PostgreSQL instead of SQLite");
        }
    }
}
