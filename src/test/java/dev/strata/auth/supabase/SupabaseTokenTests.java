package dev.strata.auth.supabase;

import static dev.strata.test.AuthApi.PASSWORD;
import static dev.strata.test.AuthApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.supabase.FakeSigningKeys;
import dev.strata.test.supabase.SupabaseServiceTest;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Supabase access tokens on the protected endpoints: the project's own tokens (ES256 from the
 * JWKS, RS256 after a rotation, HS256 with the legacy secret) pass; logging out ends them here and
 * at Supabase. The forgeries are in {@link SupabaseTokenAttackTests}.
 */
class SupabaseTokenTests extends SupabaseServiceTest {

    @Autowired
    private SupabaseAuthClient supabase;

    @DynamicPropertySource
    static void tokenSettings(DynamicPropertyRegistry registry) {
        registry.add("SUPABASE_JWT_SECRET", () -> fake().keys().legacySecret());
        registry.add("STRATA_SUPABASE_JWKS_MIN_REFETCH_SECONDS", () -> "1");
    }

    @Test
    void meAcceptsTheProjectsEs256TokenForTheSameProfile() throws Exception {
        String email = uniqueEmail("es256");
        JsonNode user = api.body(api.register(email, PASSWORD, "Es"), 201).get("user");

        String token = supabaseToken(email);

        assertThat(api.claims(token).get("iss").asString()).isEqualTo(fake().url() + "/auth/v1");
        assertThat(api.body(api.me(token), 200)).isEqualTo(user);
    }

    @Test
    void aUserWhoSignedUpAtSupabaseDirectlyGetsAProfileFromTheToken() throws Exception {
        String email = uniqueEmail("direct");
        new SupabaseAdmin(supabase).createUser(email, PASSWORD, true, "Direct Signup").block();

        JsonNode profile = api.body(api.me(supabaseToken(email)), 200);

        assertThat(profile.get("id").asString()).isEqualTo(String.valueOf(fake().userId(email)));
        assertThat(profile.get("email").asString()).isEqualTo(email);
        assertThat(profile.get("full_name").asString()).isEqualTo("Direct Signup");
    }

    @Test
    void aRotatedKeyIsFetchedOnItsFirstTokenAndTheOldKeyKeepsWorking() throws Exception {
        String email = uniqueEmail("rotation");
        api.body(api.register(email, PASSWORD, null), 201);
        String beforeRotation = supabaseToken(email);
        assertThat(api.me(beforeRotation).statusCode()).isEqualTo(200);
        FakeSigningKeys.SigningKey rotated = fake().keys().rotate("RS256");
        Thread.sleep(1100);

        String afterRotation = supabaseToken(email);

        assertThat(api.header(afterRotation).get("kid").asString()).isEqualTo(rotated.kid());
        assertThat(api.me(afterRotation).statusCode()).isEqualTo(200);
        assertThat(api.me(beforeRotation).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithTheLegacySecretIsAcceptedWhenItIsConfigured() throws Exception {
        String email = uniqueEmail("legacy");
        api.body(api.register(email, PASSWORD, null), 201);
        fake().keys().legacyOnly(true);
        try {
            String token = supabaseToken(email);

            assertThat(api.header(token).get("alg").asString()).isEqualTo("HS256");
            assertThat(api.me(token).statusCode()).isEqualTo(200);
        } finally {
            fake().keys().legacyOnly(false);
        }
    }

    @Test
    void logoutWithASupabaseTokenEndsItHereAndAtSupabase() throws Exception {
        String email = uniqueEmail("logout");
        api.body(api.register(email, PASSWORD, null), 201);
        String token = supabaseToken(email);
        String sessionId = api.claims(token).get("session_id").asString();
        assertThat(fake().sessionLive(sessionId)).isTrue();

        assertThat(api.logout(token, false).statusCode()).isEqualTo(204);

        api.problem(api.me(token), 401, "unauthorized");
        assertThat(fake().sessionLive(sessionId)).isFalse();
        assertThat(api.me(supabaseToken(email)).statusCode()).as("another Supabase session").isEqualTo(200);
    }

    @Test
    void logoutEverywhereWithTheServicesTokenRefusesTheUsersSupabaseTokensToo() throws Exception {
        String email = uniqueEmail("global");
        String own = api.body(api.register(email, PASSWORD, null), 201).get("access_token").asString();
        String fromSupabase = supabaseToken(email);
        String bystander = supabaseToken(registered(uniqueEmail("bystander")));

        assertThat(api.logout(own, true).statusCode()).isEqualTo(204);

        api.problem(api.me(own), 401, "unauthorized");
        api.problem(api.me(fromSupabase), 401, "unauthorized");
        assertThat(api.me(bystander).statusCode()).isEqualTo(200);
        Thread.sleep(1100);
        assertThat(api.me(supabaseToken(email)).statusCode()).as("a sign-in after the logout").isEqualTo(200);
    }

    @Test
    void logoutEverywhereWithASupabaseTokenEndsTheServicesSessionsToo() throws Exception {
        String email = uniqueEmail("global-supabase");
        String own = api.body(api.register(email, PASSWORD, null), 201).get("access_token").asString();
        String fromSupabase = supabaseToken(email);

        assertThat(api.logout(fromSupabase, true).statusCode()).isEqualTo(204);

        api.problem(api.me(own), 401, "unauthorized");
        api.problem(api.me(fromSupabase), 401, "unauthorized");
        assertThat(fake().sessionLive(api.claims(fromSupabase).get("session_id").asString())).isFalse();
    }

    private String registered(String email) throws Exception {
        api.body(api.register(email, PASSWORD, null), 201);
        return email;
    }

    /** A sign-in at Supabase itself, as supabase-js would make it: the project's access token. */
    private String supabaseToken(String email) {
        return Objects.requireNonNull(supabase.passwordGrant(email, PASSWORD).block()).path("access_token").asString();
    }
}
