package dev.strata.auth.supabase;

import static dev.strata.test.AuthApi.PASSWORD;
import static dev.strata.test.AuthApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.supabase.FakeSigningKeys;
import dev.strata.test.supabase.SupabaseServiceTest;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Forged and altered Supabase access tokens are all answered 401 on {@code GET /auth/me}. Each
 * carries the claims of a live Supabase sign-in, so only its one defect can be what refuses it;
 * {@link #aTokenMadeLikeSupabasesIsAccepted} shows the same claims, well signed, pass. The
 * legacy secret is configured too, so HS256 is a live algorithm here and confusion has a target.
 */
class SupabaseTokenAttackTests extends SupabaseServiceTest {

    @Autowired
    private SupabaseAuthClient supabase;

    @Autowired
    private Environment environment;

    private @Nullable Map<String, Object> live;

    @DynamicPropertySource
    static void legacySecret(DynamicPropertyRegistry registry) {
        registry.add("SUPABASE_JWT_SECRET", () -> fake().keys().legacySecret());
    }

    @Test
    void aTokenMadeLikeSupabasesIsAccepted() throws Exception {
        assertThat(api.me(FakeSigningKeys.sign(claims(), current())).statusCode()).isEqualTo(200);
        assertThat(api.me(Jwts.builder().claims(claims()).signWith(legacySecret(), Jwts.SIG.HS256).compact()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedAlgNoneToken() throws Exception {
        String header = base64Url(json.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT", "kid", current().kid())));

        assertUnauthorized(header + "." + base64Url(json.writeValueAsBytes(claims())) + ".");
    }

    @Test
    void refusesHs256SignedWithThePublishedPublicKeyAsTheSecret() throws Exception {
        SecretKey publicKeyAsSecret = Keys.hmacShaKeyFor(current().pair().getPublic().getEncoded());

        assertUnauthorized(Jwts.builder().header().keyId(current().kid()).and().claims(claims())
                .signWith(publicKeyAsSecret, Jwts.SIG.HS256).compact());
    }

    @Test
    void refusesRs256UnderTheKidOfAnEs256Key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);

        assertUnauthorized(FakeSigningKeys.sign(claims(), new FakeSigningKeys.SigningKey(current().kid(), generator.generateKeyPair(),
                "RS256")));
    }

    @Test
    void refusesAForeignKeyUnderARealOrAMadeUpKid() throws Exception {
        KeyPair foreign = Jwts.SIG.ES256.keyPair().build();

        assertUnauthorized(FakeSigningKeys.sign(claims(), new FakeSigningKeys.SigningKey(current().kid(), foreign, "ES256")));
        assertUnauthorized(FakeSigningKeys.sign(claims(), new FakeSigningKeys.SigningKey(UUID.randomUUID().toString(), foreign, "ES256")));
    }

    @Test
    void refusesAnotherHmacAlgorithmOrKeyThanTheLegacySecret() throws Exception {
        SecretKey own = Keys.hmacShaKeyFor(environment.getRequiredProperty("JWT_SECRET").getBytes(StandardCharsets.UTF_8));
        SecretKey long512 = Keys.hmacShaKeyFor((fake().keys().legacySecret() + fake().keys().legacySecret()).getBytes(StandardCharsets.UTF_8));

        assertUnauthorized(Jwts.builder().claims(claims()).signWith(own, Jwts.SIG.HS256).compact());
        assertUnauthorized(Jwts.builder().claims(claims()).signWith(long512, Jwts.SIG.HS512).compact());
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        long past = Instant.now().getEpochSecond() - 3600;

        assertUnauthorized(signed(Map.of("iat", past - 3600, "exp", past)));
    }

    @Test
    void refusesATokenNotValidYet() throws Exception {
        assertUnauthorized(signed(Map.of("nbf", Instant.now().getEpochSecond() + 300)));
    }

    @Test
    void refusesAnotherIssuerOrAudience() throws Exception {
        assertUnauthorized(signed(Map.of("iss", "https://another-project.supabase.co/auth/v1")));
        assertUnauthorized(signed(Map.of("aud", "anon")));
    }

    @Test
    void refusesATokenWithoutASessionOrAUserId() throws Exception {
        Map<String, Object> withoutSession = claims();
        withoutSession.remove("session_id");

        assertUnauthorized(FakeSigningKeys.sign(withoutSession, current()));
        assertUnauthorized(signed(Map.of("sub", "service_role")));
    }

    @Test
    void refusesAPayloadChangedUnderARealSignature() throws Exception {
        String[] parts = FakeSigningKeys.sign(claims(), current()).split("\\.");
        ObjectNode payload = (ObjectNode) json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("sub", UUID.randomUUID().toString());

        assertUnauthorized(parts[0] + "." + base64Url(json.writeValueAsBytes(payload)) + "." + parts[2]);
    }

    @Test
    void refusesTheProjectsApiKeyAsABearerToken() throws Exception {
        assertUnauthorized(Objects.requireNonNull(fake().variables().get("SUPABASE_ANON_KEY")));
        assertUnauthorized(Objects.requireNonNull(fake().variables().get("SUPABASE_SERVICE_ROLE_KEY")));
    }

    @Test
    void refusesTheServicesIssuerSignedWithSupabasesKey() throws Exception {
        Map<String, Object> claims = claims();
        claims.put("iss", "strata");
        claims.put("aud", "strata");
        claims.put("sid", claims.get("session_id"));

        assertUnauthorized(FakeSigningKeys.sign(claims, current()));
    }

    @Test
    void aFloodOfMadeUpKidsIsRefusedWithoutHammeringTheJwks() throws Exception {
        assertThat(api.me(FakeSigningKeys.sign(claims(), current())).statusCode()).isEqualTo(200);
        int before = fake().calls("jwks");
        KeyPair foreign = Jwts.SIG.ES256.keyPair().build();

        for (int i = 0; i < 30; i++) {
            assertUnauthorized(FakeSigningKeys.sign(claims(), new FakeSigningKeys.SigningKey(UUID.randomUUID().toString(), foreign, "ES256")));
        }

        assertThat(fake().calls("jwks") - before).isLessThanOrEqualTo(1);
    }

    private void assertUnauthorized(String token) throws Exception {
        HttpResponse<String> response = api.me(token);
        api.problem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("www-authenticate")).hasValue("Bearer");
    }

    /** The live sign-in's claims with some replaced, signed with the project's current key. */
    private String signed(Map<String, Object> changes) throws Exception {
        Map<String, Object> claims = claims();
        claims.putAll(changes);
        return FakeSigningKeys.sign(claims, current());
    }

    /** The claims of a live Supabase sign-in (a real user and session), as Supabase issued them. */
    private Map<String, Object> claims() throws Exception {
        if (live == null) {
            String email = uniqueEmail("attack");
            api.body(api.register(email, PASSWORD, null), 201);
            String token = Objects.requireNonNull(supabase.passwordGrant(email, PASSWORD).block()).path("access_token").asString();
            JsonNode claims = api.claims(token);
            Map<String, Object> values = new LinkedHashMap<>();
            claims.properties().forEach(entry -> values.put(entry.getKey(), json.treeToValue(entry.getValue(), Object.class)));
            live = values;
        }
        return new LinkedHashMap<>(live);
    }

    private static FakeSigningKeys.SigningKey current() {
        return fake().keys().current();
    }

    private static SecretKey legacySecret() {
        return Keys.hmacShaKeyFor(fake().keys().legacySecret().getBytes(StandardCharsets.UTF_8));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
