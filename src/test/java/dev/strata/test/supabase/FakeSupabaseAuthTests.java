package dev.strata.test.supabase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake answers as Supabase Auth does (gateway, GoTrue's shapes, codes and statuses), so that
 * tests against it say something about the real one. Plain HTTP, no client of ours.
 */
class FakeSupabaseAuthTests {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "correct horse battery staple";

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeSupabaseAuth fake;

    @BeforeEach
    void start() {
        fake = FakeSupabaseAuth.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theGatewayRefusesAMissingOrUnknownApiKey() throws Exception {
        HttpResponse<String> missing = send("POST", "/signup", null, null, Map.of("email", email(), "password", PASSWORD));
        HttpResponse<String> unknown = send("POST", "/signup", "not-a-key", null, Map.of("email", email(), "password", PASSWORD));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).get("message").asString()).isEqualTo("No API key found in request");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json(unknown).get("message").asString()).isEqualTo("Invalid API key");
        assertThat(json(unknown).has("code")).isFalse();
    }

    @Test
    void signupWithoutConfirmationSignsInAndRefusesTheSameEmailAgain() throws Exception {
        String email = email();

        JsonNode session = json(signup(email));
        HttpResponse<String> again = signup(email);

        assertThat(session.get("access_token").asString()).isNotBlank();
        assertThat(session.get("token_type").asString()).isEqualTo("bearer");
        assertThat(session.get("user").get("email").asString()).isEqualTo(email);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("error_code").asString()).isEqualTo("user_already_exists");
        assertThat(json(again).get("code").asInt()).isEqualTo(422);
        assertThat(json(again).get("msg").asString()).isEqualTo("User already registered");
    }

    @Test
    void signupWithConfirmationAnswersTheUserAndDisguisesAConfirmedEmail() throws Exception {
        fake.confirmEmail(true);
        String email = email();

        JsonNode user = json(signup(email));
        fake.confirm(email);
        JsonNode disguised = json(signup(email));

        assertThat(user.has("access_token")).isFalse();
        assertThat(user.get("identities")).hasSize(1);
        assertThat(user.get("email_confirmed_at").isNull()).isTrue();
        assertThat(disguised.get("identities")).isEmpty();
        assertThat(disguised.get("id").asString()).isNotEqualTo(user.get("id").asString());
    }

    @Test
    void aSecondSignupWithinAMinuteIsOverTheEmailSendRateLimit() throws Exception {
        fake.confirmEmail(true);
        String email = email();
        signup(email);

        HttpResponse<String> again = signup(email);

        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(json(again).get("error_code").asString()).isEqualTo("over_email_send_rate_limit");
        assertThat(json(again).get("msg").asString()).matches("For security purposes, you can only request this after \\d+ seconds\\.");
    }

    @Test
    void thePasswordGrantChecksThePasswordBeforeTheConfirmation() throws Exception {
        fake.confirmEmail(true);
        String email = email();
        signup(email);

        HttpResponse<String> wrong = grant(email, "not the password");
        HttpResponse<String> unconfirmed = grant(email, PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("error_code").asString()).isEqualTo("invalid_credentials");
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(json(unconfirmed).get("error_code").asString()).isEqualTo("email_not_confirmed");
    }

    @Test
    void refreshTokensRotateAndAUsedOneIsRefused() throws Exception {
        String refresh = json(signup(email())).get("refresh_token").asString();

        HttpResponse<String> first = send("POST", "/token?grant_type=refresh_token", fake.anonKey, null, Map.of("refresh_token", refresh));
        HttpResponse<String> reused = send("POST", "/token?grant_type=refresh_token", fake.anonKey, null, Map.of("refresh_token", refresh));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).get("refresh_token").asString()).isNotEqualTo(refresh);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(json(reused).get("error_code").asString()).isEqualTo("refresh_token_already_used");
    }

    @Test
    void theAdminApiNeedsTheServiceRole() throws Exception {
        Map<String, Object> user = Map.of("email", email(), "password", PASSWORD, "email_confirm", true);

        HttpResponse<String> anon = send("POST", "/admin/users", fake.anonKey, fake.anonKey, user);
        HttpResponse<String> forged = send("POST", "/admin/users", fake.anonKey, "eyJhbGciOiJIUzI1NiJ9.e30.c2ln", user);
        HttpResponse<String> service = send("POST", "/admin/users", fake.serviceKey, fake.serviceKey, user);
        HttpResponse<String> newSecret = send("GET", "/admin/users/" + json(service).get("id").asString(), fake.secretKey, null, null);

        assertThat(anon.statusCode()).isEqualTo(403);
        assertThat(json(anon).get("error_code").asString()).isEqualTo("not_admin");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json(forged).get("error_code").asString()).isEqualTo("bad_jwt");
        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(newSecret.statusCode()).isEqualTo(200);
    }

    @Test
    void errorsFollowTheRequestedApiVersion() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.url() + "/auth/v1/token?grant_type=password"))
                .header("apikey", fake.anonKey).header("X-Supabase-Api-Version", "2024-01-01")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email(), "password", PASSWORD))))
                .build();

        JsonNode error = json(http.send(request, HttpResponse.BodyHandlers.ofString()));

        assertThat(error.get("code").asString()).isEqualTo("invalid_credentials");
        assertThat(error.get("message").asString()).isEqualTo("Invalid login credentials");
    }

    @Test
    void theJwksPublishesTheSigningKeysAsSupabaseDoes() throws Exception {
        JsonNode keys = json(send("GET", "/.well-known/jwks.json", null, null, null)).get("keys");
        fake.keys().legacyOnly(true);
        JsonNode legacy = json(send("GET", "/.well-known/jwks.json", null, null, null)).get("keys");

        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kty").asString()).isEqualTo("EC");
        assertThat(keys.get(0).get("alg").asString()).isEqualTo("ES256");
        assertThat(keys.get(0).get("kid").asString()).isEqualTo(fake.keys().current().kid());
        assertThat(keys.get(0).get("key_ops").get(0).asString()).isEqualTo("verify");
        assertThat(keys.get(0).has("d")).isFalse();
        assertThat(legacy).isEmpty();
    }

    private HttpResponse<String> signup(String email) throws Exception {
        return send("POST", "/signup", fake.anonKey, fake.anonKey, Map.of("email", email, "password", PASSWORD));
    }

    private HttpResponse<String> grant(String email, String password) throws Exception {
        return send("POST", "/token?grant_type=password", fake.anonKey, null, Map.of("email", email, "password", password));
    }

    private HttpResponse<String> send(String method, String path, @Nullable String apikey, @Nullable String bearer,
            @Nullable Map<String, Object> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.url() + "/auth/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (apikey != null) {
            request.header("apikey", apikey);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String email() {
        return "fake-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
