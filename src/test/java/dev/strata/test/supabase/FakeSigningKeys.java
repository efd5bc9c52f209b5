package dev.strata.test.supabase;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.ProtectedHeader;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.PublicJwk;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake project's JWT keys, as Supabase has them: asymmetric signing keys published in the
 * JWKS (the current one signs; earlier ones stay published after a rotation, so tokens they signed
 * keep working), and the legacy HS256 secret, which signs the legacy API keys and, for a project
 * not yet moved to signing keys, the users' tokens too (its JWKS is then empty).
 */
public final class FakeSigningKeys {

    /**
     * One published key.
     *
     * @param kid its id
     * @param pair the key pair
     * @param algorithm ES256 or RS256
     */
    public record SigningKey(String kid, KeyPair pair, String algorithm) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<SigningKey> published = new CopyOnWriteArrayList<>();
    private final SecretKey legacySecret;
    private final String legacySecretText;
    private volatile boolean legacyOnly;

    FakeSigningKeys() {
        this.legacySecretText = "fake-legacy-jwt-secret-" + UUID.randomUUID();
        this.legacySecret = Keys.hmacShaKeyFor(legacySecretText.getBytes(StandardCharsets.UTF_8));
        rotate("ES256");
    }

    /** A new current key of this algorithm (ES256 or RS256); the earlier ones stay published. */
    public synchronized SigningKey rotate(String algorithm) {
        SigningKey key = new SigningKey(UUID.randomUUID().toString(), generate(algorithm), algorithm);
        published.add(key);
        return key;
    }

    public SigningKey current() {
        return published.get(published.size() - 1);
    }

    /** Whether user tokens are signed with the legacy secret and the JWKS is empty (a project before signing keys). */
    public void legacyOnly(boolean legacy) {
        this.legacyOnly = legacy;
    }

    /** The legacy secret, for {@code SUPABASE_JWT_SECRET}. */
    public String legacySecret() {
        return legacySecretText;
    }

    /** A token with these claims, signed as the fake signs users' tokens now. */
    public String sign(Map<String, ?> claims) {
        if (legacyOnly) {
            return Jwts.builder().claims(claims).signWith(legacySecret, Jwts.SIG.HS256).compact();
        }
        return sign(claims, current());
    }

    /** A token signed with a given key, such as one a test made itself and never published. */
    public static String sign(Map<String, ?> claims, SigningKey key) {
        return Jwts.builder().header().keyId(key.kid()).and().claims(claims)
                .signWith(key.pair().getPrivate(), key.algorithm().equals("ES256") ? Jwts.SIG.ES256 : Jwts.SIG.RS256).compact();
    }

    /** A legacy API key: an HS256 JWT with {@code iss: supabase} and the role, like the anon and service_role keys. */
    String legacyApiKey(String role) {
        long now = System.currentTimeMillis() / 1000;
        return Jwts.builder().claims(Map.of("iss", "supabase", "ref", "fakeproject", "role", role, "iat", now,
                "exp", now + 3600L * 24 * 365 * 10)).signWith(legacySecret, Jwts.SIG.HS256).compact();
    }

    /** The claims of a token this project signed (with a published key or the legacy secret), or empty. */
    Optional<Claims> verify(String token) {
        try {
            return Optional.of(Jwts.parser().keyLocator(header -> keyFor(header.getAlgorithm(),
                            header instanceof ProtectedHeader protectedHeader ? protectedHeader.getKeyId() : null))
                    .build().parseSignedClaims(token).getPayload());
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private @Nullable Key keyFor(String algorithm, @Nullable String kid) {
        if (algorithm.equals("HS256")) {
            return legacySecret;
        }
        return published.stream().filter(key -> key.kid().equals(kid) && key.algorithm().equals(algorithm))
                .map(key -> (Key) key.pair().getPublic()).findFirst().orElse(null);
    }

    /** {@code /auth/v1/.well-known/jwks.json}, with the members Supabase adds ({@code key_ops}, {@code ext}). */
    String jwks() {
        List<Object> keys = new ArrayList<>();
        if (!legacyOnly) {
            for (SigningKey key : published) {
                PublicJwk<?> jwk = key.algorithm().equals("ES256")
                        ? Jwks.builder().key((ECPublicKey) key.pair().getPublic()).id(key.kid()).algorithm("ES256").publicKeyUse("sig").build()
                        : Jwks.builder().key((RSAPublicKey) key.pair().getPublic()).id(key.kid()).algorithm("RS256").publicKeyUse("sig").build();
                ObjectNode node = (ObjectNode) JSON.readTree(Jwks.json(jwk));
                node.putArray("key_ops").add("verify");
                node.put("ext", true);
                keys.add(node);
            }
        }
        return JSON.writeValueAsString(Map.of("keys", keys));
    }

    private static KeyPair generate(String algorithm) {
        try {
            if (algorithm.equals("ES256")) {
                return Jwts.SIG.ES256.keyPair().build();
            }
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
