package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code /actuator/prometheus}: the HTTP server, the pools, Redis commands, auth outcomes and migrations. */
class MetricsTests extends ServiceTest {

    @Autowired
    private ObjectMapper json;

    @Test
    void prometheusShowsWhatAnOperatorWatches() throws Exception {
        AuthApi api = new AuthApi(baseUrl(), json);
        String email = AuthApi.uniqueEmail("metrics");
        JsonNode registered = api.body(api.register(email, AuthApi.PASSWORD, null), 201);
        api.body(api.me(registered.get("access_token").asString()), 200);
        api.body(api.login(email, AuthApi.PASSWORD), 200);
        api.problem(api.login(email, "wrong password entirely"), 401, "invalid_credentials");
        String refresh = registered.get("refresh_token").asString();
        api.body(api.refresh(refresh), 200);
        api.problem(api.refresh(refresh), 401, "invalid_refresh_token");

        var scrape = api.get("/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/auth/me\"")
                .contains("r2dbc_pool_acquired_connections")
                .contains("lettuce_command_completion_seconds_count{")
                .containsPattern("strata_auth_login_total\\{outcome=\"success\"} [1-9]")
                .containsPattern("strata_auth_login_total\\{outcome=\"failure\"} [1-9]")
                .contains("strata_auth_login_total{outcome=\"rate_limited\"} 0")
                .containsPattern("strata_auth_refresh_reuse_total [1-9]")
                .contains("strata_migrations_pending")
                .contains("strata_migrations_up_to_date");
    }
}
