package dev.strata.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.settings.DatabaseSettings;
import dev.strata.test.TcpProxy;
import dev.strata.test.TestEnvironment;
import io.lettuce.core.RedisURI;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** PostgreSQL and Redis behind proxies that hang or drop, to show /health stays bounded and recovers. */
@ExtendWith(TestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HealthFaultTests {

    private static TcpProxy database;
    private static TcpProxy redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    @DynamicPropertySource
    static void proxiedServers(DynamicPropertyRegistry registry) throws Exception {
        TestEnvironment.Resources resources = TestEnvironment.current();
        DatabaseSettings db = resources.database().settings();
        RedisURI redisUri = RedisURI.create(resources.redis().url());
        database = new TcpProxy(db.host(), db.port());
        redis = new TcpProxy(redisUri.getHost(), redisUri.getPort());
        resources.variables().forEach((name, value) -> registry.add(name, () -> value));
        String proxied = resources.database().url().replace(db.hostAndPort(), "127.0.0.1:" + database.port());
        registry.add("DATABASE_URL", () -> proxied);
        registry.add("REDIS_URL", () -> "redis://127.0.0.1:" + redis.port());
        registry.add("STRATA_HEALTH_TIMEOUT_MS", () -> "1000");
    }

    @AfterEach
    void restore() {
        database.mode(TcpProxy.Mode.PASS);
        redis.mode(TcpProxy.Mode.PASS);
    }

    @AfterAll
    static void closeProxies() throws Exception {
        database.close();
        redis.close();
    }

    @Test
    void hangingRedisGives503NamingRedisWithinTheBoundThenRecovers() throws Exception {
        awaitHealthy();
        redis.mode(TcpProxy.Mode.HANG);

        JsonNode body = unhealthyInTime("redis", "database");

        assertThat(body.get("errors").get("redis").asString()).contains("1000 ms");
        assertThat(timedGet("/actuator/health/readiness").response().statusCode()).isEqualTo(503);
        redis.mode(TcpProxy.Mode.PASS);
        awaitHealthy();
    }

    @Test
    void redisGoneGives503AndTheServiceRecoversWhenItReturns() throws Exception {
        awaitHealthy();
        redis.mode(TcpProxy.Mode.DOWN);

        unhealthyInTime("redis", "database");

        redis.mode(TcpProxy.Mode.PASS);
        awaitHealthy();
    }

    @Test
    void hangingDatabaseGives503NamingTheDatabaseWithinTheBound() throws Exception {
        awaitHealthy();
        database.mode(TcpProxy.Mode.HANG);

        JsonNode body = unhealthyInTime("database", "redis");

        assertThat(body.get("errors").has("database")).isTrue();
        database.mode(TcpProxy.Mode.PASS);
        awaitHealthy();
    }

    /** /health answers 503 well within 3 s, naming {@code failing} as down and {@code working} as ok. */
    private JsonNode unhealthyInTime(String failing, String working) throws Exception {
        Timed answer = timedGet("/health");
        assertThat(answer.response().statusCode()).isEqualTo(503);
        assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(3));
        JsonNode body = json.readTree(answer.response().body());
        assertThat(body.get("status").asString()).isEqualTo("unhealthy");
        assertThat(body.get(failing).asString()).isEqualTo("down");
        assertThat(body.get(working).asString()).isEqualTo("ok");
        return body;
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = timedGet("/health").response();
            if (last.statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not healthy within 20 s: " + (last == null ? "no answer" : last.body()));
    }

    private record Timed(HttpResponse<String> response, Duration elapsed) {
    }

    private Timed timedGet(String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }
}
