package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

/**
 * One keep-alive connection, a 200 finished on a Redis or database thread alternating with a 401
 * written at once by the security filter: every request is answered. Without
 * {@link KeepAliveWorkaround} a few in a hundred were never read (reactor-netty#4361).
 */
class KeepAliveTests extends ServiceTest {

    private static final int REQUESTS = 300;

    @Autowired
    private ObjectMapper json;

    @Test
    void everyRequestOnOneConnectionIsAnsweredWhen200sAnd401sAlternate() throws Exception {
        AuthApi api = new AuthApi(baseUrl(), json);
        String token = api.body(api.register(AuthApi.uniqueEmail("keep-alive"), AuthApi.PASSWORD, null), 201)
                .get("access_token").asString();
        String[] bearers = {token, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.bm90LWEtc2lnbmF0dXJl"};
        List<Integer> statuses = new ArrayList<>();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < REQUESTS; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/auth/me")).timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer " + bearers[i % 2]).GET().build();
                statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            }
        }

        assertThat(statuses).hasSize(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(statuses.get(i)).as("request %d", i).isEqualTo(i % 2 == 0 ? 200 : 401);
        }
    }
}
