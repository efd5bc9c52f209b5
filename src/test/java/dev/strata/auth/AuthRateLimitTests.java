package dev.strata.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.ServiceTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * Bursts against the per-account limit, and stale tokens sent to public endpoints. The per-address
 * limit is raised here so that only the per-account one is under test.
 */
class AuthRateLimitTests extends ServiceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final int ACCOUNT_LIMIT = 10;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    private ObjectMapper json;

    @DynamicPropertySource
    static void generousAddressLimit(DynamicPropertyRegistry registry) {
        registry.add("STRATA_RATE_LIMIT_IP", () -> "1000");
    }

    @Test
    void aBurstOfConcurrentGuessesChecksAtMostTheAccountLimit() throws Exception {
        String email = registered("burst");
        awaitRoomInTheCurrentMinute();

        List<Integer> statuses = guessAtOnce(email, 28);

        assertThat(statuses.stream().filter(status -> status == 401).count()).isEqualTo(ACCOUNT_LIMIT);
        assertThat(statuses.stream().filter(status -> status == 429).count()).isEqualTo(28 - ACCOUNT_LIMIT);
    }

    @Test
    void theRightPasswordAfterABurstIsStillLimited() throws Exception {
        String email = registered("guess");
        awaitRoomInTheCurrentMinute();
        guessAtOnce(email, 27);

        HttpResponse<String> right = post("/auth/login", credentials(email, PASSWORD), null);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("retry-after")).isPresent();
    }

    @Test
    void aStaleBearerTokenDoesNotBlockPublicEndpoints() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                .header("Authorization", "Bearer expired.or.garbage").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = post("/auth/login", credentials("nobody@example.com", "whatever-password"),
                "expired.or.garbage");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("invalid_credentials");
    }

    private List<Integer> guessAtOnce(String email, int guesses) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(guesses);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(guesses)) {
            for (int i = 0; i < guesses; i++) {
                String body = credentials(email, "wrong password " + i);
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return post("/auth/login", body, null);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                statuses.add(future.get().statusCode());
            }
            return statuses;
        }
    }

    private String registered(String name) throws Exception {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(post("/auth/register", credentials(email, PASSWORD), null).statusCode()).isEqualTo(201);
        return email;
    }

    private String credentials(String email, String password) {
        return json.writeValueAsString(Map.of("email", email, "password", password));
    }

    private HttpResponse<String> post(String path, String body, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Windows are whole minutes: start a burst with at least 10 s of its minute left. */
    private static void awaitRoomInTheCurrentMinute() throws InterruptedException {
        long left = 60_000 - System.currentTimeMillis() % 60_000;
        if (left < 10_000) {
            Thread.sleep(left + 200);
        }
    }
}
