package dev.strata.auth.supabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.settings.Env;
import dev.strata.settings.SupabaseSettings;
import dev.strata.test.supabase.FakeSupabaseAuth;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST client against the fake Supabase Auth over a real socket, no Spring: which calls are
 * retried on 502/503/504 and which never are, timeouts, and the answers of the gateway and GoTrue.
 */
class SupabaseAuthClientTests {

    private static final FakeSupabaseAuth fake = FakeSupabaseAuth.start();
    private static final String PASSWORD = "correct horse battery staple";
    private static final SupabaseAuthClient client = new SupabaseAuthClient(with(Map.of()), JsonMapper.builder().build(),
            Duration.ofMillis(10));

    @AfterAll
    static void stop() {
        client.close();
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.resetCalls();
        fake.confirmEmail(false);
        fake.passwordPolicy(6, false);
        fake.errorsIn2024Format(false);
    }

    @Test
    void signupWithoutConfirmationAnswersASessionHoldingTheNewUser() {
        String email = email("signup");

        JsonNode body = client().signup(email, PASSWORD, "Ann").block();

        assertThat(SignupAnswer.of(Objects.requireNonNull(body))).isInstanceOfSatisfying(SignupAnswer.SignedIn.class, signedIn -> {
            assertThat(signedIn.user().email()).isEqualTo(email);
            assertThat(signedIn.user().fullName()).isEqualTo("Ann");
            assertThat(signedIn.user().id()).isEqualTo(fake.userId(email));
        });
    }

    @Test
    void readingAUserIsRetriedPastTransientFailures() {
        UUID id = created(email("retried"));
        fake.failNext("admin:get", 2, 503);

        JsonNode user = admin().getUser(id).block();

        assertThat(Objects.requireNonNull(user).path("id").asString()).isEqualTo(id.toString());
        assertThat(fake.calls("admin:get")).isEqualTo(3);
    }

    @Test
    void retriesEndAfterThreeAttempts() {
        UUID id = created(email("exhausted"));
        fake.failNext("admin:get", 5, 502);

        assertThatThrownBy(() -> admin().getUser(id).block()).isInstanceOfSatisfying(SupabaseAuthException.class,
                failure -> assertThat(failure.error().status()).isEqualTo(502));
        assertThat(fake.calls("admin:get")).isEqualTo(3);
    }

    @Test
    void deletingIsRetriedAndAUserAlreadyGoneCountsAsDeleted() {
        String email = email("deleted");
        UUID id = created(email);
        fake.failNext("admin:delete", 1, 504);

        client().deleteUser(id).block();
        client().deleteUser(id).block();

        assertThat(fake.hasUser(email)).isFalse();
        assertThat(fake.calls("admin:delete")).isEqualTo(3);
        assertThat(admin().getUser(id).blockOptional()).isEmpty();
    }

    @Test
    void signupIsNeverRetried() {
        String email = email("once");
        fake.failNext("signup", 1, 503);

        assertThatThrownBy(() -> client().signup(email, PASSWORD, null).block()).isInstanceOfSatisfying(SupabaseAuthException.class,
                failure -> assertThat(failure.error().status()).isEqualTo(503));
        assertThat(fake.calls("signup")).isEqualTo(1);
        assertThat(fake.hasUser(email)).isFalse();
    }

    @Test
    void thePasswordGrantIsNeverRetried() {
        String email = email("grant-once");
        created(email);
        fake.failNext("token:password", 1, 502);

        assertThatThrownBy(() -> client().passwordGrant(email, PASSWORD).block()).isInstanceOf(SupabaseAuthException.class);
        assertThat(fake.calls("token:password")).isEqualTo(1);
    }

    @Test
    void aSlowAnswerEndsAtTheReadTimeout() {
        String email = email("slow");
        created(email);
        fake.delayNext("token:password", 1, Duration.ofSeconds(3));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client().passwordGrant(email, PASSWORD).block()).isInstanceOfSatisfying(SupabaseAuthException.class,
                failure -> assertThat(failure.error().message()).isEqualTo("no answer within 500 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void anUnreachableProjectFailsWithoutAnAnswer() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (SupabaseAuthClient unreachable = new SupabaseAuthClient(with(Map.of("SUPABASE_URL", "http://127.0.0.1:" + closed)),
                JsonMapper.builder().build())) {
            assertThatThrownBy(() -> unreachable.passwordGrant("a@example.com", PASSWORD).block()).isInstanceOfSatisfying(
                    SupabaseAuthException.class, failure -> assertThat(failure.error().status()).isZero());
        }
    }

    @Test
    void aWrongApiKeyGetsTheGatewaysAnswer() {
        try (SupabaseAuthClient wrongKey = new SupabaseAuthClient(with(Map.of("SUPABASE_ANON_KEY", "not-the-key")),
                JsonMapper.builder().build())) {
            assertThatThrownBy(() -> wrongKey.signup(email("key"), PASSWORD, null).block())
                    .isInstanceOfSatisfying(SupabaseAuthException.class, failure -> {
                        assertThat(failure.error().status()).isEqualTo(401);
                        assertThat(failure.error().message()).isEqualTo("Invalid API key");
                        assertThat(failure.getMessage()).doesNotContain("not-the-key");
                    });
        }
    }

    @Test
    void thePublicKeyCannotUseTheAdminApi() {
        SupabaseSettings settings = with(Map.of());
        try (SupabaseAuthClient publicKeyOnly = new SupabaseAuthClient(new SupabaseSettings(settings.url(), settings.apiKey(),
                settings.apiKey(), null, settings.connectTimeout(), settings.readTimeout(), settings.jwksMinRefetch()),
                JsonMapper.builder().build())) {
            assertThatThrownBy(() -> new SupabaseAdmin(publicKeyOnly).createUser(email("admin"), PASSWORD, true, null).block())
                    .isInstanceOfSatisfying(SupabaseAuthException.class, failure -> assertThat(failure.error().code()).isEqualTo("not_admin"));
        }
    }

    @Test
    void theNewKeysWorkAsApikeyAlone() {
        Map<String, String> variables = new HashMap<>(fake.variablesWithNewKeys());
        String email = email("new-keys");
        try (SupabaseAuthClient newKeys = new SupabaseAuthClient(Objects.requireNonNull(SupabaseSettings.from(Env.of(variables))),
                JsonMapper.builder().build())) {
            JsonNode user = new SupabaseAdmin(newKeys).createUser(email, PASSWORD, true, null).block();
            JsonNode session = newKeys.passwordGrant(email, PASSWORD).block();

            assertThat(Objects.requireNonNull(user).path("email").asString()).isEqualTo(email);
            assertThat(Objects.requireNonNull(session).path("access_token").asString()).isNotBlank();
        }
    }

    @Test
    void readsErrorsInThe2024ShapeOverTheWire() {
        fake.errorsIn2024Format(true);
        String email = email("format");
        created(email);

        assertThatThrownBy(() -> client().passwordGrant(email, "wrong password").block())
                .isInstanceOfSatisfying(SupabaseAuthException.class, failure -> {
                    assertThat(failure.error().code()).isEqualTo("invalid_credentials");
                    assertThat(failure.error().status()).isEqualTo(400);
                });
    }

    @Test
    void aWeakPasswordComesWithSupabasesReasons() {
        fake.passwordPolicy(6, true);

        assertThatThrownBy(() -> client().signup(email("weak"), PASSWORD, null).block())
                .isInstanceOfSatisfying(SupabaseAuthException.class, failure -> {
                    assertThat(failure.error().code()).isEqualTo("weak_password");
                    assertThat(failure.error().reasons()).containsExactly("characters");
                });
    }

    @Test
    void logoutEndsTheSessionAtSupabase() {
        String email = email("logout");
        created(email);
        JsonNode session = Objects.requireNonNull(client().passwordGrant(email, PASSWORD).block());
        String token = session.path("access_token").asString();
        String sessionId = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .path("session_id").asString();
        assertThat(fake.sessionLive(sessionId)).isTrue();

        client().logout(token, false).block();

        assertThat(fake.sessionLive(sessionId)).isFalse();
    }

    private static UUID created(String email) {
        JsonNode user = admin().createUser(email, PASSWORD, true, null).block();
        return UUID.fromString(Objects.requireNonNull(user).path("id").asString());
    }

    private static SupabaseAuthClient client() {
        return client;
    }

    private static SupabaseAdmin admin() {
        return new SupabaseAdmin(client);
    }

    private static SupabaseSettings with(Map<String, String> overrides) {
        Map<String, String> variables = new HashMap<>(fake.variables());
        variables.put("STRATA_SUPABASE_READ_TIMEOUT_MS", "500");
        variables.putAll(overrides);
        return Objects.requireNonNull(SupabaseSettings.from(Env.of(variables)));
    }

    private static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
