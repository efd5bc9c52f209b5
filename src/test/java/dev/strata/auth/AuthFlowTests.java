package dev.strata.auth;

import static dev.strata.test.AuthApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.Concurrently;
import dev.strata.test.ServiceTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The auth contract over a real socket. Every test uses its own email. Register and login are
 * limited per IP (30 a minute each, counted apart) and every test here comes from 127.0.0.1:
 * the class makes 18 register calls that reach the limiter (weak passwords, field errors,
 * malformed and oversized bodies are refused before it) and 15 logins. Keep both under 30.
 */
class AuthFlowTests extends ServiceTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    private ObjectMapper json;

    // register: 1 call

    @Test
    void registerCreatesTheUserWithALowerCasedEmailAndSignsIn() throws Exception {
        String email = uniqueEmail("register");

        HttpResponse<String> response = post("/auth/register", registration(email.toUpperCase(Locale.ROOT), PASSWORD, "Ada Lovelace"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(response.body());
        JsonNode user = body.get("user");
        assertThat(fieldNames(user)).containsExactlyInAnyOrder("id", "email", "full_name", "created_at");
        assertThat(UUID.fromString(user.get("id").asString())).isNotNull();
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("full_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(user.get("created_at").asString()).isNotBlank();
        assertThat(body.get("access_token").asString()).isNotBlank();
        assertThat(body.get("refresh_token").asString()).isNotBlank();
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isPositive();
        HttpResponse<String> me = get("/auth/me", body.get("access_token").asString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body())).isEqualTo(user);
    }

    // register: 1 call

    @Test
    void registerWithoutAFullNameCreatesTheUser() throws Exception {
        String email = uniqueEmail("nameless");

        HttpResponse<String> response = post("/auth/register", credentials(email, PASSWORD));

        assertThat(response.statusCode()).as("register: %s", response.body()).isEqualTo(201);
        JsonNode user = json.readTree(response.body()).get("user");
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("full_name").isNull()).isTrue();
    }

    // register: 0 calls reach the limiter

    @Test
    void registerRefusesAWeakPasswordWithItsReasons() throws Exception {
        HttpResponse<String> response = post("/auth/register", registration(uniqueEmail("weak"), "aaaa", "Weak"));

        // Supabase Auth's default rule: 6 characters, no required classes (PasswordPolicyTests has the others).
        JsonNode problem = problem(response, 422, "weak_password");
        assertThat(problem.get("reasons").isArray()).isTrue();
        assertThat(problem.get("reasons")).hasSize(1);
        assertThat(problem.get("reasons").get(0).asString()).isEqualTo("at least 6 characters");
    }

    @Test
    void registerRefusesInvalidFieldsWithTheirErrors() throws Exception {
        HttpResponse<String> response = post("/auth/register", registration("not-an-email", "", "Invalid"));

        JsonNode problem = problem(response, 422, "validation_failed");
        assertThat(fieldNames(problem.get("errors"))).containsExactlyInAnyOrder("email", "password");
    }

    @Test
    void registerNamesAnInvalidFieldAsTheRequestSpellsIt() throws Exception {
        HttpResponse<String> response = post("/auth/register", registration(uniqueEmail("long-name"), PASSWORD, "x".repeat(101)));

        JsonNode problem = problem(response, 422, "validation_failed");
        assertThat(fieldNames(problem.get("errors"))).containsExactly("full_name");
    }

    @Test
    void registerRefusesMalformedJson() throws Exception {
        HttpResponse<String> response = post("/auth/register", "{\"email\": \"a@example.com\", \"password\": ");

        problem(response, 400, "malformed_request");
    }

    @Test
    void registerRefusesABodyOverOneMegabyte() throws Exception {
        String body = registration(uniqueEmail("large"), "p".repeat(1_100_000), "Large");

        HttpResponse<String> response = post("/auth/register", body);

        problem(response, 413, "payload_too_large");
    }

    // register: 8 calls

    @Test
    void concurrentRegistrationsOfOneEmailGiveExactlyOneAccount() throws Exception {
        String email = uniqueEmail("race");
        int threads = 8;
        // Half of them spell the email in capitals: it is the same account.
        List<HttpResponse<String>> responses = Concurrently.run(threads,
                i -> post("/auth/register", registration(i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT), PASSWORD, "Racer")));

        assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(1);
        List<HttpResponse<String>> conflicts = responses.stream().filter(response -> response.statusCode() != 201).toList();
        assertThat(conflicts).hasSize(threads - 1);
        for (HttpResponse<String> conflict : conflicts) {
            problem(conflict, 409, "email_exists");
        }
    }

    // register: 1 call, login: 1 call

    @Test
    void loginWithTheEmailInAnyCaseReturnsTokensAndTheUser() throws Exception {
        String email = uniqueEmail("login");
        JsonNode registered = register(email);

        HttpResponse<String> response = post("/auth/login", credentials(email.toUpperCase(Locale.ROOT), PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("user")).isEqualTo(registered.get("user"));
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isPositive();
        assertThat(body.get("refresh_token").asString()).isNotEqualTo(registered.get("refresh_token").asString());
        assertThat(get("/auth/me", body.get("access_token").asString()).statusCode()).isEqualTo(200);
    }

    // register: 1 call, login: 2 calls

    @Test
    void loginAnswersAnUnknownEmailExactlyLikeAWrongPassword() throws Exception {
        String email = uniqueEmail("alike");
        register(email);

        HttpResponse<String> wrongPassword = post("/auth/login", credentials(email, "not the password at all"));
        HttpResponse<String> unknownEmail = post("/auth/login", credentials(uniqueEmail("nobody"), PASSWORD));

        JsonNode wrong = problem(wrongPassword, 401, "invalid_credentials");
        JsonNode unknown = problem(unknownEmail, 401, "invalid_credentials");
        assertThat(unknown).isEqualTo(wrong);
        assertThat(unknownEmail.headers().firstValue("content-type")).isEqualTo(wrongPassword.headers().firstValue("content-type"));
    }

    // register: 1 call

    @Test
    void refreshRotatesTheTokensAndReusingAnOldOneRevokesTheWholeSession() throws Exception {
        JsonNode first = register(uniqueEmail("refresh"));

        HttpResponse<String> rotated = refresh(first.get("refresh_token").asString());
        assertThat(rotated.statusCode()).isEqualTo(200);
        JsonNode second = json.readTree(rotated.body());
        assertThat(second.get("user")).isEqualTo(first.get("user"));
        assertThat(second.get("token_type").asString()).isEqualTo("bearer");
        assertThat(second.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
        assertThat(get("/auth/me", second.get("access_token").asString()).statusCode()).isEqualTo(200);

        HttpResponse<String> reused = refresh(first.get("refresh_token").asString());

        problem(reused, 401, "invalid_refresh_token");
        problem(get("/auth/me", second.get("access_token").asString()), 401, "unauthorized");
        problem(get("/auth/me", first.get("access_token").asString()), 401, "unauthorized");
        problem(refresh(second.get("refresh_token").asString()), 401, "invalid_refresh_token");
    }

    @Test
    void refreshRefusesAnUnknownToken() throws Exception {
        problem(refresh("never-issued-" + UUID.randomUUID()), 401, "invalid_refresh_token");
    }

    // register: 1 call

    @Test
    void logoutEndsTheSessionAtOnce() throws Exception {
        JsonNode session = register(uniqueEmail("logout"));
        String access = session.get("access_token").asString();

        HttpResponse<String> logout = post("/auth/logout", "", access);

        assertThat(logout.statusCode()).isEqualTo(204);
        problem(get("/auth/me", access), 401, "unauthorized");
        problem(refresh(session.get("refresh_token").asString()), 401, "invalid_refresh_token");
    }

    @Test
    void logoutAndMeRefuseAMissingOrInvalidToken() throws Exception {
        HttpResponse<String> logout = post("/auth/logout", "", null);
        HttpResponse<String> me = get("/auth/me", null);
        HttpResponse<String> garbage = get("/auth/me", "not-a-token");

        for (HttpResponse<String> response : List.of(logout, me, garbage)) {
            problem(response, 401, "unauthorized");
            assertThat(response.headers().firstValue("www-authenticate")).hasValue("Bearer");
        }
    }

    // register: 2 calls, login: 1 call

    @Test
    void globalLogoutEndsEverySessionOfTheUserAndNoOneElses() throws Exception {
        String email = uniqueEmail("global");
        JsonNode first = register(email);
        JsonNode second = login(email);
        JsonNode other = register(uniqueEmail("bystander"));

        HttpResponse<String> logout = post("/auth/logout?scope=global", "", first.get("access_token").asString());

        assertThat(logout.statusCode()).isEqualTo(204);
        problem(get("/auth/me", first.get("access_token").asString()), 401, "unauthorized");
        problem(get("/auth/me", second.get("access_token").asString()), 401, "unauthorized");
        problem(refresh(second.get("refresh_token").asString()), 401, "invalid_refresh_token");
        assertThat(get("/auth/me", other.get("access_token").asString()).statusCode()).isEqualTo(200);
    }

    /** STRATA_RATE_LIMIT_ACCOUNT's default: failed logins a minute per account. */
    private static final int ACCOUNT_LIMIT = 10;

    // register: 1 call, login: 11 calls

    @Test
    void failedLoginsAreLimitedPerAccount() throws Exception {
        String email = uniqueEmail("limited");
        register(email);
        awaitRoomInTheCurrentMinute();
        for (int attempt = 1; attempt <= ACCOUNT_LIMIT; attempt++) {
            problem(post("/auth/login", credentials(email, "wrong password " + attempt)), 401, "invalid_credentials");
        }

        HttpResponse<String> limited = post("/auth/login", credentials(email, PASSWORD));

        JsonNode problem = problem(limited, 429, "rate_limited");
        assertThat(limited.headers().firstValue("retry-after")).hasValueSatisfying(
                value -> assertThat(Long.parseLong(value)).isBetween(1L, 60L));
        assertThat(problem.get("retry_after").asLong()).isBetween(1L, 60L);
    }

    @Test
    void openApiDocumentListsTheAuthEndpoints() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(response.body()).get("paths");
        assertThat(paths.get("/auth/register").has("post")).isTrue();
        assertThat(paths.get("/auth/login").has("post")).isTrue();
        assertThat(paths.get("/auth/refresh").has("post")).isTrue();
        assertThat(paths.get("/auth/logout").has("post")).isTrue();
        assertThat(paths.get("/auth/me").has("get")).isTrue();
        assertThat(fieldNames(paths.get("/auth/register").get("post").get("responses")))
                .contains("201", "202", "409", "422", "429", "502", "503");
        assertThat(fieldNames(paths.get("/auth/login").get("post").get("responses"))).contains("200", "401", "403", "429", "503");
        for (String path : new String[] {"/auth/refresh", "/auth/logout"}) {
            assertThat(fieldNames(paths.get(path).get("post").get("responses"))).contains("503");
        }
        JsonNode meUnavailable = paths.get("/auth/me").get("get").get("responses").get("503");
        assertThat(meUnavailable.get("description").asString()).contains("dependency_unavailable");
    }

    private JsonNode register(String email) throws Exception {
        HttpResponse<String> response = post("/auth/register", registration(email, PASSWORD, "Test User"));
        assertThat(response.statusCode()).as("register %s: %s", email, response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private JsonNode login(String email) throws Exception {
        HttpResponse<String> response = post("/auth/login", credentials(email, PASSWORD));
        assertThat(response.statusCode()).as("login %s: %s", email, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return post("/auth/refresh", json.writeValueAsString(Map.of("refresh_token", refreshToken)));
    }

    private JsonNode problem(HttpResponse<String> response, int status, String code) {
        return api().problem(response, status, code);
    }

    private String registration(String email, String password, String fullName) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("full_name", fullName);
        return json.writeValueAsString(body);
    }

    private String credentials(String email, String password) {
        return json.writeValueAsString(Map.of("email", email, "password", password));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, null);
    }

    private HttpResponse<String> post(String path, String body, @Nullable String token) throws Exception {
        return api().post(path, body, token);
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        return api().get(path, token);
    }

    private AuthApi api() {
        return new AuthApi(baseUrl(), json);
    }


    private static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }



    /** The limiter counts in fixed wall-clock minutes: do not start a burst just before one ends. */
    private static void awaitRoomInTheCurrentMinute() throws InterruptedException {
        long left = 60_000 - System.currentTimeMillis() % 60_000;
        if (left < 10_000) {
            Thread.sleep(left + 200);
        }
    }
}
