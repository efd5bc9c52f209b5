package dev.strata.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The service's {@code /auth} API over a real socket, with the checks every auth test makes of its answers. */
public final class AuthApi {

    public static final String PASSWORD = "correct horse battery staple";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final ObjectMapper json;

    public AuthApi(String baseUrl, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.json = json;
    }

    public HttpResponse<String> register(String email, String password, @Nullable String fullName) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        if (fullName != null) {
            body.put("full_name", fullName);
        }
        return post("/auth/register", json.writeValueAsString(body), null);
    }

    public HttpResponse<String> login(String email, String password) throws Exception {
        return post("/auth/login", json.writeValueAsString(Map.of("email", email, "password", password)), null);
    }

    public HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post("/auth/refresh", json.writeValueAsString(Map.of("refresh_token", refreshToken)), null);
    }

    public HttpResponse<String> me(@Nullable String token) throws Exception {
        return get("/auth/me", token);
    }

    public HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        return send(request(path, token).GET());
    }

    public HttpResponse<String> logout(String token, boolean global) throws Exception {
        return post(global ? "/auth/logout?scope=global" : "/auth/logout", "", token);
    }

    public HttpResponse<String> post(String path, String body, @Nullable String token) throws Exception {
        return send(request(path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The body, after checking the status. */
    public JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    /** The problem body, after checking the status, the media type and the code. */
    public JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isEqualTo(code);
        return body;
    }

    /** The payload of a JWT, unchecked, to read its claims in a test. */
    public JsonNode claims(String token) {
        return part(token, 1);
    }

    /** The JOSE header of a JWT, unchecked. */
    public JsonNode header(String token) {
        return part(token, 0);
    }

    private JsonNode part(String token, int index) {
        return json.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            // The service never answered: show what every thread was doing, or the cause is lost.
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                System.err.print(thread);
            }
            throw e;
        }
    }
}
