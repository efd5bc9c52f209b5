package dev.strata.auth;

import static dev.strata.test.AuthApi.PASSWORD;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 11's input rules over a real socket, each refused and accepted: control characters and
 * non-string values in every text field, one account per mailbox however its domain is spelled,
 * bcrypt's 72 bytes on register and login alike, and the seeds' own calls. Refusals happen
 * before the rate limiter; the class makes 6 register and 5 login calls that reach it.
 */
class StrictInputTests extends ServiceTest {

    /** Per endpoint, the text fields it reads and a body that is valid apart from the field under test. */
    private static final Map<String, Map<String, String>> VALID = Map.of(
            "/auth/register", Map.of("email", "valid@example.com", "password", PASSWORD, "full_name", "Valid Name"),
            "/auth/login", Map.of("email", "valid@example.com", "password", PASSWORD),
            "/auth/refresh", Map.of("refresh_token", "some-refresh-token"));

    @Autowired
    private ObjectMapper json;

    @Test
    void aControlCharacterInAnyTextFieldIsRefusedNamingTheField() throws Exception {
        for (String control : List.of("\u0000", "\u001b", "\n", "\u007f", "\u0085")) {
            VALID.forEach((path, valid) -> valid.keySet().forEach(field -> {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, "a" + control + valid.get(field));
                // An address with a control character may also fail @Email: either message names the field.
                assertRefused(path, json.writeValueAsString(body), field,
                        field.equals("email") ? null : "must not contain control characters");
            }));
        }
    }

    @Test
    void aNumberOrBooleanForATextFieldIsRefusedNamingTheField() {
        for (Object wrong : List.of(12345678901L, true, 1.5)) {
            VALID.forEach((path, valid) -> valid.keySet().forEach(field -> {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, wrong);
                assertRefused(path, json.writeValueAsString(body), field, "must be a string");
            }));
        }
    }

    @Test
    void textFieldsHoldingStringsAreAccepted() throws Exception {
        String email = unique("typed") + "@example.com";

        JsonNode user = api().body(api().register(email, "12345678901", "true"), 201).get("user");

        assertThat(user.get("full_name").isString()).isTrue();
        assertThat(user.get("full_name").asString()).isEqualTo("true");
        api().body(api().login(email, "12345678901"), 200);
    }

    @Test
    void theTwoSpellingsOfAnInternationalDomainAreOneAccount() throws Exception {
        String local = unique("same");

        JsonNode created = api().body(api().register(local + "@exämple.com", PASSWORD, null), 201);
        HttpResponse<String> again = api().register(local + "@xn--exmple-cua.com", PASSWORD, null);

        assertThat(created.get("user").get("email").asString()).isEqualTo(local + "@xn--exmple-cua.com");
        api().problem(again, 409, "email_exists");
        JsonNode login = api().body(api().login(" " + local + "@EXÄMPLE.com ", PASSWORD), 200);
        assertThat(login.get("user")).isEqualTo(created.get("user"));
    }

    @Test
    void anEmailWithAnInvisibleOrBidiCharacterIsRefused() throws Exception {
        for (String invisible : List.of("\u200b", "\u202e", "\u2066", "\ufeff", "\u00a0")) {
            String email = "in" + invisible + "visible@example.com";
            assertRefused("/auth/register", json.writeValueAsString(Map.of("email", email, "password", PASSWORD)), "email", null);
            assertRefused("/auth/login", json.writeValueAsString(Map.of("email", email, "password", PASSWORD)), "email", null);
        }
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedByRegisterAndLoginAlike() throws Exception {
        String email = unique("bytes") + "@example.com";
        String seventyTwo = "é".repeat(35) + "ab";
        String seventyThree = "é".repeat(36) + "a";
        assertThat(seventyTwo.getBytes(UTF_8)).hasSize(72);
        assertThat(seventyThree.getBytes(UTF_8)).hasSize(73);

        assertRefused("/auth/register", credentials(email, seventyThree), "password", "must be at most 72 bytes in UTF-8");
        api().body(api().register(email, seventyTwo, null), 201);
        api().body(api().login(email, seventyTwo), 200);
        assertRefused("/auth/login", credentials(email, seventyTwo + "x"), "password", "must be at most 72 bytes in UTF-8");
        assertRefused("/auth/login", credentials(email, seventyTwo + " anything at all"), "password",
                "must be at most 72 bytes in UTF-8");
    }

    @Test
    void theSeedsRegisterCallIsCreated() throws Exception {
        HttpResponse<String> response = api().post("/auth/register",
                "{\"email\":\"test@example.com\",\"password\":\"TestPass123\",\"full_name\":\"Test User\"}", null);

        JsonNode body = api().body(response, 201);
        assertThat(body.get("user").get("email").asString()).isEqualTo("test@example.com");
        api().body(api().post("/auth/login/", credentials("test@example.com", "TestPass123"), null), 200);
    }

    @Test
    void aShortPasswordIsWeakWithSupabasesDefaultMinimum() throws Exception {
        JsonNode problem = api().problem(api().register(unique("short") + "@example.com", "Ab1!x", null), 422, "weak_password");

        assertThat(problem.get("reasons").get(0).asString()).isEqualTo("at least 6 characters");
    }

    @Test
    void aTrailingSlashAnswersLikeThePathWithout() throws Exception {
        for (String path : List.of("/health", "/actuator/health", "/actuator/health/readiness", "/v3/api-docs")) {
            HttpResponse<String> plain = api().get(path, null);
            HttpResponse<String> slashed = api().get(path + "/", null);

            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(slashed.statusCode()).as(path + "/").isEqualTo(200);
            assertThat(json.readTree(slashed.body()).propertyNames()).as(path + "/")
                    .isEqualTo(json.readTree(plain.body()).propertyNames());
        }
        api().problem(api().get("/auth/me/", null), 401, "unauthorized");
        api().problem(api().get("/auth/me/", "not-a-token"), 401, "unauthorized");
        String email = unique("slash") + "@example.com";
        String token = api().body(api().register(email, PASSWORD, null), 201).get("access_token").asString();
        assertThat(api().body(api().get("/auth/me/", token), 200).get("email").asString()).isEqualTo(email);
    }

    private void assertRefused(String path, String body, String field, @Nullable String message) {
        try {
            JsonNode problem = api().problem(api().post(path, body, null), 422, "validation_failed");
            assertThat(problem.get("errors").has(field)).as("%s %s: %s", path, body, problem).isTrue();
            if (message != null) {
                assertThat(problem.get("errors").get(field).asString()).as("%s %s", path, body).isEqualTo(message);
            }
        } catch (Exception e) {
            throw new AssertionError(path + " " + body, e);
        }
    }

    private String credentials(String email, String password) {
        return json.writeValueAsString(Map.of("email", email, "password", password));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private AuthApi api() {
        return new AuthApi(baseUrl(), json);
    }
}
