package dev.strata.auth.supabase;

import static dev.strata.test.AuthApi.PASSWORD;
import static dev.strata.test.AuthApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.Concurrently;
import dev.strata.test.TestDatabase;
import dev.strata.test.supabase.SupabaseServiceTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The auth contract in Supabase mode with email confirmation off, over a real socket, on real
 * PostgreSQL and Redis and the fake Supabase Auth: the accounts live in Supabase, the profiles
 * under the Supabase user ids, and the sessions are the service's own.
 */
class SupabaseAuthFlowTests extends SupabaseServiceTest {

    @Autowired
    private SupabaseAuthClient supabase;

    @DynamicPropertySource
    static void quickTimeout(DynamicPropertyRegistry registry) {
        registry.add("STRATA_SUPABASE_READ_TIMEOUT_MS", () -> "1000");
    }

    @Test
    void registerCreatesTheSupabaseUserAndItsProfileUnderTheSameId(TestDatabase database) throws Exception {
        String email = uniqueEmail("register");

        JsonNode body = api.body(api.register(email.toUpperCase(Locale.ROOT), PASSWORD, "Ada Lovelace"), 201);

        JsonNode user = body.get("user");
        assertThat(user.get("id").asString()).isEqualTo(String.valueOf(fake().userId(email)));
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("full_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.get("token_type").asString()).isEqualTo("bearer");
        assertThat(api.claims(body.get("access_token").asString()).get("iss").asString()).isEqualTo("strata");
        assertThat(api.body(api.me(body.get("access_token").asString()), 200)).isEqualTo(user);
        assertThat(database.column("SELECT id FROM users WHERE email = '" + email + "'")).containsExactly(user.get("id").asString());
    }

    @Test
    void theTwoSpellingsOfAnInternationalDomainAreOneSupabaseAccount() throws Exception {
        String local = "idn-" + UUID.randomUUID().toString().substring(0, 8);
        String ascii = local + "@xn--exmple-cua.com";

        JsonNode created = api.body(api.register(local + "@Exämple.com", PASSWORD, null), 201);

        assertThat(created.get("user").get("email").asString()).isEqualTo(ascii);
        assertThat(created.get("user").get("id").asString()).isEqualTo(String.valueOf(fake().userId(ascii)));
        api.problem(api.register(ascii, PASSWORD, null), 409, "email_exists");
        api.problem(api.register(local + "\u200b@exämple.com", PASSWORD, null), 422, "validation_failed");
        assertThat(api.body(api.login(local + "@EXÄMPLE.com", PASSWORD), 200).get("user")).isEqualTo(created.get("user"));
    }

    @Test
    void registerOfAnEmailSupabaseAlreadyHasIsAConflict() throws Exception {
        String email = uniqueEmail("taken");
        api.body(api.register(email, PASSWORD, null), 201);

        api.problem(api.register(email, PASSWORD, null), 409, "email_exists");
    }

    @Test
    void concurrentRegistrationsOfOneEmailGiveExactlyOneAccount(TestDatabase database) throws Exception {
        String email = uniqueEmail("race");

        List<HttpResponse<String>> responses = Concurrently.run(8, i -> api.register(i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT),
                PASSWORD, "Racer"));

        assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(1);
        responses.stream().filter(response -> response.statusCode() != 201).forEach(response -> api.problem(response, 409, "email_exists"));
        assertThat(database.column("SELECT id FROM users WHERE email = '" + email + "'")).containsExactly(
                String.valueOf(fake().userId(email)));
    }

    @Test
    void aPasswordSupabasesPolicyRefusesIsWeakWithItsReasons() throws Exception {
        fake().passwordPolicy(6, true);
        try {
            JsonNode problem = api.problem(api.register(uniqueEmail("weak"), PASSWORD, null), 422, "weak_password");

            assertThat(problem.get("reasons")).hasSize(1);
            assertThat(problem.get("reasons").get(0).asString()).contains("kinds of characters");
        } finally {
            fake().passwordPolicy(6, false);
        }
    }

    @Test
    void loginRefreshAndLogoutWorkOnTheServicesOwnSessions() throws Exception {
        String email = uniqueEmail("login");
        JsonNode registered = api.body(api.register(email, PASSWORD, "Login"), 201);

        JsonNode login = api.body(api.login(email.toUpperCase(Locale.ROOT), PASSWORD), 200);
        JsonNode refreshed = api.body(api.refresh(login.get("refresh_token").asString()), 200);

        assertThat(login.get("user")).isEqualTo(registered.get("user"));
        assertThat(api.body(api.me(refreshed.get("access_token").asString()), 200)).isEqualTo(registered.get("user"));
        api.problem(api.refresh(login.get("refresh_token").asString()), 401, "invalid_refresh_token");
        api.problem(api.me(refreshed.get("access_token").asString()), 401, "unauthorized");
        assertThat(api.logout(registered.get("access_token").asString(), false).statusCode()).isEqualTo(204);
        api.problem(api.me(registered.get("access_token").asString()), 401, "unauthorized");
    }

    @Test
    void loginAnswersAnUnknownEmailExactlyLikeAWrongPassword() throws Exception {
        String email = uniqueEmail("alike");
        api.body(api.register(email, PASSWORD, null), 201);

        JsonNode wrong = api.problem(api.login(email, "not the password at all"), 401, "invalid_credentials");
        JsonNode unknown = api.problem(api.login(uniqueEmail("nobody"), PASSWORD), 401, "invalid_credentials");

        assertThat(unknown).isEqualTo(wrong);
    }

    @Test
    void loginOfAnUnconfirmedEmailIsForbidden() throws Exception {
        String email = uniqueEmail("unconfirmed");
        new SupabaseAdmin(supabase).createUser(email, PASSWORD, false, null).block();

        api.problem(api.login(email, PASSWORD), 403, "email_not_confirmed");
    }

    @Test
    void loginGivesAUserMadeOutsideTheServiceItsProfile(TestDatabase database) throws Exception {
        String email = uniqueEmail("dashboard");
        new SupabaseAdmin(supabase).createUser(email, PASSWORD, true, "Made In Dashboard").block();

        JsonNode user = api.body(api.login(email, PASSWORD), 200).get("user");

        assertThat(user.get("id").asString()).isEqualTo(String.valueOf(fake().userId(email)));
        assertThat(user.get("full_name").asString()).isEqualTo("Made In Dashboard");
        assertThat(database.column("SELECT full_name FROM users WHERE id = '" + user.get("id").asString() + "'"))
                .containsExactly("Made In Dashboard");
    }

    @Test
    void signupIsNotRetriedAndAFailingSupabaseIsUnavailable() throws Exception {
        String email = uniqueEmail("failing");
        fake().resetCalls();
        fake().failNext("signup", 1, 503);

        JsonNode problem = api.problem(api.register(email, PASSWORD, null), 503, "dependency_unavailable");

        assertThat(problem.get("dependency").asString()).isEqualTo("auth_provider");
        assertThat(fake().calls("signup")).isEqualTo(1);
        assertThat(fake().hasUser(email)).isFalse();
        assertThat(problem.toString()).doesNotContain(Objects.requireNonNull(fake().variables().get("SUPABASE_ANON_KEY")));
    }

    @Test
    void loginIsNotRetriedEither() throws Exception {
        String email = uniqueEmail("grant");
        api.body(api.register(email, PASSWORD, null), 201);
        fake().resetCalls();
        fake().failNext("token:password", 1, 502);

        JsonNode problem = api.problem(api.login(email, PASSWORD), 503, "dependency_unavailable");

        assertThat(problem.get("dependency").asString()).isEqualTo("auth_provider");
        assertThat(fake().calls("token:password")).isEqualTo(1);
    }

    @Test
    void aSupabaseTooSlowToAnswerIsUnavailableWithinTheReadTimeout() throws Exception {
        String email = uniqueEmail("slow");
        api.body(api.register(email, PASSWORD, null), 201);
        fake().delayNext("token:password", 1, Duration.ofSeconds(4));
        long start = System.nanoTime();

        api.problem(api.login(email, PASSWORD), 503, "dependency_unavailable");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aProfileThatCannotBeMadeLeavesNoSupabaseUserAndARetrySucceeds(TestDatabase database) throws Exception {
        String email = uniqueEmail("orphan");
        database.execute("CREATE FUNCTION refuse_orphans() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.email LIKE 'orphan-%' THEN RAISE EXCEPTION 'profile insert refused for the test'; END IF;"
                + " RETURN NEW; END; $$");
        database.execute("CREATE TRIGGER refuse_orphans BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION refuse_orphans()");
        fake().resetCalls();
        fake().failNext("admin:delete", 1, 503);
        try {
            api.problem(api.register(email, PASSWORD, null), 500, "internal_error");

            assertThat(fake().hasUser(email)).as("the Supabase user is deleted again").isFalse();
            assertThat(fake().calls("admin:delete")).as("the delete is retried past a 503").isEqualTo(2);
        } finally {
            database.execute("DROP TRIGGER refuse_orphans ON users");
        }

        JsonNode retried = api.body(api.register(email, PASSWORD, null), 201);

        assertThat(retried.get("user").get("id").asString()).isEqualTo(String.valueOf(fake().userId(email)));
    }

    @Test
    void aTokenSignedWithTheLegacySecretIsRefusedWhenNoLegacySecretIsConfigured() throws Exception {
        String email = uniqueEmail("no-legacy");
        api.body(api.register(email, PASSWORD, null), 201);
        fake().keys().legacyOnly(true);
        try {
            String token = Objects.requireNonNull(supabase.passwordGrant(email, PASSWORD).block()).path("access_token").asString();

            api.problem(api.me(token), 401, "unauthorized");
        } finally {
            fake().keys().legacyOnly(false);
        }
    }

    @Test
    void aProfileOfAnotherAccountHoldingTheEmailIsAConflictAndLeavesNoSupabaseUser(TestDatabase database) throws Exception {
        String email = uniqueEmail("stale");
        database.execute("INSERT INTO users (email) VALUES ('" + email + "')");

        api.problem(api.register(email, PASSWORD, null), 409, "email_exists");

        assertThat(fake().hasUser(email)).isFalse();
    }
}
