package dev.strata.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.test.PgBouncer;
import dev.strata.test.ShippedMigrations;
import dev.strata.test.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import tools.jackson.databind.ObjectMapper;

/**
 * The Supabase layout on real processes: the runtime pool behind a transaction-mode PgBouncer
 * (like port 6543), migrations over MIGRATION_DATABASE_URL straight to PostgreSQL (like 5432), and
 * the auth calls of many clients at once through it.
 */
@ExtendWith(TestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PoolerServiceTests {

    private static PgBouncer bouncer;

    @LocalServerPort
    private int port;

    @Autowired
    private DatabaseClient client;

    @Autowired
    private ObjectMapper json;

    @BeforeAll
    static void requirePgBouncer() {
        assumeTrue(PgBouncer.installed(), "pgbouncer is not installed (apt-get install pgbouncer); .ci/run installs it");
    }

    @DynamicPropertySource
    static void behindThePooler(DynamicPropertyRegistry registry) throws Exception {
        TestEnvironment.Resources resources = TestEnvironment.current();
        bouncer = PgBouncer.start(resources.database().settings());
        resources.variables().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("DATABASE_URL", () -> bouncer.url(resources.database()));
        registry.add("MIGRATION_DATABASE_URL", () -> resources.database().url());
        registry.add("STRATA_RATE_LIMIT_IP", () -> "1000");
        // What is tested is serving through the pooler, not the deadlines (OutageTest has those): on a
        // loaded two-core machine, 32 clients hashing passwords can keep a call past the defaults.
        registry.add("STRATA_DB_TIMEOUT_MS", () -> "60000");
        registry.add("STRATA_REDIS_TIMEOUT_MS", () -> "30000");
    }

    @AfterAll
    static void stopPgBouncer() throws Exception {
        if (bouncer != null) {
            bouncer.close();
        }
    }

    @Test
    void servesThroughTheTransactionPoolerAfterMigratingDirectly() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"current\":\"" + ShippedMigrations.head() + "\"");

        List<Integer> sums = Flux.range(0, 300)
                .flatMap(i -> client.sql("SELECT count(*)::int + $1 FROM users WHERE email <> $2")
                        .bind("$1", i).bind("$2", "x" + (i % 7))
                        .map(row -> row.get(0, Integer.class)).one(), 16)
                .collectList().block();
        assertThat(sums).hasSize(300);
    }

    @Test
    void registerLoginAndMeUnder32ConcurrentClientsThroughThePooler() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<Integer>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 32; i++) {
                String email = "pooled-" + i + "@example.com";
                clients.add(CompletableFuture.supplyAsync(() -> signUpSignInAndAskWhoAmI(http, email), pool));
            }
            for (CompletableFuture<Integer> client : clients) {
                assertThat(client.get()).isEqualTo(200);
            }
        }
    }

    /** The status of /auth/me after register and login, or the first failing status. */
    private int signUpSignInAndAskWhoAmI(HttpClient http, String email) {
        try {
            String credentials = "{\"email\":\"" + email + "\",\"password\":\"pooled pass 123\"}";
            HttpResponse<String> register = post(http, "/auth/register", credentials);
            if (register.statusCode() != 201) {
                return register.statusCode();
            }
            HttpResponse<String> login = post(http, "/auth/login", credentials);
            if (login.statusCode() != 200) {
                return login.statusCode();
            }
            String token = json.readTree(login.body()).get("access_token").asString();
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/auth/me"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(HttpClient http, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
