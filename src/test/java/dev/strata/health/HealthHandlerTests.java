package dev.strata.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.ServiceTest;
import dev.strata.test.ShippedMigrations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class HealthHandlerTests extends ServiceTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ObjectMapper json;

    @Autowired(required = false)
    private BuildProperties build;

    @Test
    void answersHealthyWithMigrationStateAndVersion() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("healthy");
        assertThat(body.get("database").asString()).isEqualTo("ok");
        assertThat(body.get("redis").asString()).isEqualTo("ok");
        assertThat(body.get("migrations").get("current").asString()).isEqualTo(ShippedMigrations.head());
        assertThat(body.get("migrations").get("pending").asInt()).isZero();
        assertThat(body.get("version").asString()).isEqualTo(build == null ? "dev" : build.getVersion());
        assertThat(body.has("errors")).isFalse();
    }

    @Test
    void exposesLivenessAndReadinessGroups() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode components = json.readTree(readiness.body()).get("components");
        assertThat(components.has("database")).isTrue();
        assertThat(components.has("redis")).isTrue();
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    @Test
    void documentsHealthInTheOpenApiDocument() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body()).get("paths").get("/health").get("get");
        assertThat(health.get("responses").has("200")).isTrue();
        assertThat(health.get("responses").has("503")).isTrue();
        // Every operation documents the request id it answers and the trace header it takes.
        json.readTree(response.body()).get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> {
                    operation.getValue().get("responses").properties().forEach(answer -> assertThat(
                            answer.getValue().path("headers").has("X-Request-Id"))
                            .as("%s %s %s documents X-Request-Id", operation.getKey(), path.getKey(), answer.getKey())
                            .isTrue());
                    assertThat(operation.getValue().get("parameters").toString()).contains("traceparent");
                }));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
