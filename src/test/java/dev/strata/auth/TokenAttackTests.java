package dev.strata.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.ServiceTest;
import dev.strata.test.TestEnvironment;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Forged, altered and stale bearer tokens are all answered 401 on {@code GET /auth/me}. The
 * forgeries carry the user and session of a live sign-in, so only the one defect each has can
 * be what refuses it; {@link #aTokenMadeLikeTheServicesOwnIsAccepted} shows that a well-made
 * one with the same claims passes. Registers two users (the per-IP limit is 30 a minute).
 */
class TokenAttackTests extends ServiceTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    private ObjectMapper json;

    @Autowired
    private Environment environment;

    /** One live sign-in shared by the tests that do not end it, made by the first that needs it. */
    private static @Nullable LiveSession live;

    @Test
    void aTokenMadeLikeTheServicesOwnIsAccepted() throws Exception {
        String built = signed(realKey(), valid());
        String fromClaims = Jwts.builder().claims(claims(userId(), sessionId())).signWith(realKey(), Jwts.SIG.HS256).compact();

        assertThat(me(built).statusCode()).isEqualTo(200);
        assertThat(me(fromClaims).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedAlgNoneToken() throws Exception {
        String header = base64Url(json.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT")));
        String payload = base64Url(json.writeValueAsBytes(claims(userId(), sessionId())));

        assertUnauthorized(header + "." + payload + ".");
    }

    @Test
    void refusesAnRs256TokenSignedWithAnRsaKey() throws Exception {
        KeyPair rsa = rsaKeyPair();

        assertUnauthorized(valid().apply(Jwts.builder()).signWith(rsa.getPrivate(), Jwts.SIG.RS256).compact());
    }

    @Test
    void refusesAnHs256TokenWhoseKeyIsAnRsaPublicKey() throws Exception {
        SecretKey publicKeyAsSecret = Keys.hmacShaKeyFor(rsaKeyPair().getPublic().getEncoded());

        assertUnauthorized(signed(publicKeyAsSecret, valid()));
    }

    @Test
    void refusesATokenSignedWithAForeignSecret() throws Exception {
        SecretKey foreign = Keys.hmacShaKeyFor("another-service-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8));

        assertUnauthorized(signed(foreign, valid()));
    }

    @Test
    void refusesAnotherHmacAlgorithmEvenWithTheRealSecret() throws Exception {
        assertUnauthorized(valid().apply(Jwts.builder()).signWith(realKey(), Jwts.SIG.HS384).compact());
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        Instant past = Instant.now().minus(Duration.ofMinutes(20));

        assertUnauthorized(signed(realKey(), valid().andThen(token -> token.issuedAt(Date.from(past))
                .expiration(Date.from(past.plus(Duration.ofMinutes(15)))))));
    }

    @Test
    void refusesATokenWithoutAnExpiry() throws Exception {
        Map<String, Object> claims = claims(userId(), sessionId());
        claims.remove("exp");

        assertUnauthorized(Jwts.builder().claims(claims).signWith(realKey(), Jwts.SIG.HS256).compact());
    }

    @Test
    void refusesATokenNotValidYet() throws Exception {
        Instant future = Instant.now().plus(Duration.ofMinutes(5));

        assertUnauthorized(signed(realKey(), valid().andThen(token -> token.notBefore(Date.from(future)))));
    }

    @Test
    void refusesAnotherIssuer() throws Exception {
        assertUnauthorized(signed(realKey(), valid().andThen(token -> token.issuer("someone-else"))));
    }

    @Test
    void refusesAnotherAudience() throws Exception {
        Map<String, Object> claims = claims(userId(), sessionId());
        claims.put("aud", List.of("another-service"));

        assertUnauthorized(Jwts.builder().claims(claims).signWith(realKey(), Jwts.SIG.HS256).compact());
    }

    @Test
    void refusesAPayloadChangedUnderARealSignature() throws Exception {
        String[] parts = session().get("access_token").asString().split("\\.");
        ObjectNode payload = (ObjectNode) json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put("sub", UUID.randomUUID().toString());

        assertUnauthorized(parts[0] + "." + base64Url(json.writeValueAsBytes(payload)) + "." + parts[2]);
    }

    @Test
    void refusesARealSessionUnderAnotherUser() throws Exception {
        assertUnauthorized(Jwts.builder().claims(claims(UUID.randomUUID().toString(), sessionId()))
                .signWith(realKey(), Jwts.SIG.HS256).compact());
    }

    @Test
    void refusesASubjectThatIsNotAUserId() throws Exception {
        assertUnauthorized(Jwts.builder().claims(claims("admin", sessionId())).signWith(realKey(), Jwts.SIG.HS256).compact());
    }

    @Test
    void refusesAValidSignatureForASessionNeverCreated() throws Exception {
        assertUnauthorized(Jwts.builder().claims(claims(userId(), "never-created-" + UUID.randomUUID()))
                .signWith(realKey(), Jwts.SIG.HS256).compact());
    }

    @Test
    void refusesTheTokenOfASessionLoggedOut() throws Exception {
        String access = register("revoked").get("access_token").asString();
        assertThat(me(access).statusCode()).isEqualTo(200);

        assertThat(send(request("/auth/logout", access).POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);

        assertUnauthorized(access);
    }

    @Test
    void anExpiredAccessTokenInTheHeaderDoesNotStopARefresh() throws Exception {
        Instant past = Instant.now().minus(Duration.ofMinutes(20));
        String expired = signed(realKey(), valid().andThen(token -> token.issuedAt(Date.from(past))
                .expiration(Date.from(past.plus(Duration.ofMinutes(15))))));
        String body = json.writeValueAsString(Map.of("refresh_token", session().get("refresh_token").asString()));

        HttpResponse<String> response = send(request("/auth/refresh", expired).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).as("refresh: %s", response.body()).isEqualTo(200);
    }

    private void assertUnauthorized(String token) throws Exception {
        HttpResponse<String> response = me(token);
        assertThat(response.statusCode()).as("GET /auth/me with %s: %s", token, response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("unauthorized");
    }

    /** Every claim the service expects, right, for the live session: iss, aud, sub, sid, iat and exp. */
    private Function<JwtBuilder, JwtBuilder> valid() throws Exception {
        String userId = userId();
        String sessionId = sessionId();
        Instant now = Instant.now();
        return token -> token.issuer("strata").audience().add("strata").and().subject(userId).claim("sid", sessionId)
                .issuedAt(Date.from(now)).expiration(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    private static String signed(SecretKey key, Function<JwtBuilder, JwtBuilder> claims) {
        return claims.apply(Jwts.builder()).signWith(key, Jwts.SIG.HS256).compact();
    }

    /** The claims as a plain map (numeric dates), for tokens put together by hand. */
    private static Map<String, Object> claims(String userId, String sessionId) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "strata");
        claims.put("aud", List.of("strata"));
        claims.put("sub", userId);
        claims.put("sid", sessionId);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        return claims;
    }

    /**
     * The service's own key. Read from the running service's environment, not from
     * {@code TestEnvironment.current().variables()}: that makes a new random JWT_SECRET on every call.
     */
    private SecretKey realKey() {
        return Keys.hmacShaKeyFor(environment.getRequiredProperty("JWT_SECRET").getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair rsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private String userId() throws Exception {
        return session().get("user").get("id").asString();
    }

    /** The sid of the live session, read from its own access token. */
    private String sessionId() throws Exception {
        String payload = session().get("access_token").asString().split("\\.")[1];
        return json.readTree(Base64.getUrlDecoder().decode(payload)).get("sid").asString();
    }

    private JsonNode session() throws Exception {
        LiveSession session = live;
        if (session == null || session.owner() != TestEnvironment.current()) {
            session = new LiveSession(TestEnvironment.current(), register("live"));
            live = session;
        }
        return session.body();
    }

    /** A sign-in and the test resources (database, Redis prefix) of the service that made it. */
    private record LiveSession(TestEnvironment.Resources owner, JsonNode body) {
    }

    private JsonNode register(String name) throws Exception {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = json.writeValueAsString(Map.of("email", email, "password", PASSWORD, "full_name", "Token Test"));
        HttpResponse<String> response = send(request("/auth/register", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as("register: %s", response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private HttpResponse<String> me(String token) throws Exception {
        return send(request("/auth/me", token).GET());
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
