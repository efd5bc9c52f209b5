package dev.strata.auth.tokens;

import dev.strata.settings.TokenSettings;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Makes and checks the service's access tokens: HMAC-signed JWTs with {@code iss}, {@code sub},
 * {@code aud}, {@code iat}, {@code exp} and {@code sid}. Checking accepts only the configured
 * algorithm and key, so {@code alg: none}, another algorithm or a foreign key never pass.
 */
public final class TokenService {

    private final TokenSettings settings;
    private final SecretKey key;
    private final Clock clock;
    /** Immutable and thread-safe, so built once rather than per token. */
    private final JwtParser parser;
    private final VerifiedTokens verified = new VerifiedTokens();

    public TokenService(TokenSettings settings, byte[] secret, Clock clock) {
        settings.requireKeyLength(secret);
        this.settings = settings;
        this.key = Keys.hmacShaKeyFor(secret);
        this.clock = clock;
        this.parser = Jwts.parser()
                .verifyWith(key)
                .requireIssuer(settings.issuer())
                .requireAudience(settings.audience())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    public TokenSettings settings() {
        return settings;
    }

    /** A new access token for the user's session. */
    public String issue(UUID userId, String sessionId) {
        Instant now = clock.instant();
        return Jwts.builder()
                .issuer(settings.issuer())
                .subject(userId.toString())
                .audience().add(settings.audience()).and()
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(settings.accessLifetime())))
                .claim("sid", sessionId)
                .signWith(key, settings.algorithm())
                .compact();
    }

    /** The token's user and session when it is valid in every respect; empty otherwise. */
    public Optional<AccessToken> verify(String token) {
        AccessToken known = verified.get(token, clock.instant());
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            if (!settings.algorithm().getId().equals(jws.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            Claims claims = jws.getPayload();
            String sessionId = claims.get("sid", String.class);
            if (sessionId == null || claims.getSubject() == null || claims.getExpiration() == null) {
                return Optional.empty();
            }
            AccessToken access = new AccessToken(UUID.fromString(claims.getSubject()), sessionId);
            // jjwt accepts a token until the instant after its expiry; so does the cache.
            verified.put(token, access, claims.getExpiration().toInstant());
            return Optional.of(access);
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
