package dev.strata.auth.supabase;

import dev.strata.auth.EmailAddress;
import dev.strata.auth.ProviderToken;
import dev.strata.auth.ProviderTokens;
import dev.strata.auth.tokens.UnverifiedJwt;
import dev.strata.settings.SupabaseSettings;
import dev.strata.user.UserProfile;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SecureDigestAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Supabase access tokens. ES256 and RS256 tokens are checked with the project's JWKS key named by
 * their {@code kid}, and HS256 tokens with the legacy {@code SUPABASE_JWT_SECRET} when it is set;
 * each parser accepts exactly the one algorithm that key is for, so {@code none}, HS256 signed
 * with a public key, or an algorithm the key was not published for never pass. Required:
 * {@code iss} = {@code $SUPABASE_URL/auth/v1}, {@code aud} = {@code authenticated}, {@code exp},
 * {@code iat}, a user id in {@code sub} and a {@code session_id}; {@code nbf} when present. Up to
 * 30 seconds of clock difference with Supabase are tolerated.
 */
final class SupabaseTokens implements ProviderTokens {

    static final long CLOCK_SKEW_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(SupabaseTokens.class);
    private static final Map<String, SecureDigestAlgorithm<?, ?>> ALGORITHMS = Map.of(
            "HS256", Jwts.SIG.HS256, "ES256", Jwts.SIG.ES256, "RS256", Jwts.SIG.RS256);

    private final String issuer;
    private final @Nullable SecretKey legacySecret;
    private final SupabaseJwks jwks;
    private final SupabaseRevocations revocations;
    private final SupabaseAuthClient client;
    private final SupabaseProfiles profiles;
    private final Clock clock;

    SupabaseTokens(SupabaseSettings settings, SupabaseJwks jwks, SupabaseRevocations revocations, SupabaseAuthClient client,
            SupabaseProfiles profiles, Clock clock) {
        this.issuer = settings.issuer();
        this.legacySecret = settings.jwtSecret() == null ? null
                : Keys.hmacShaKeyFor(settings.jwtSecret().getBytes(StandardCharsets.UTF_8));
        this.jwks = jwks;
        this.revocations = revocations;
        this.client = client;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public boolean claims(String token) {
        return UnverifiedJwt.peek(token).flatMap(jwt -> jwt.claim("iss")).filter(issuer::equals).isPresent();
    }

    @Override
    public Mono<ProviderToken> verify(String token) {
        Optional<UnverifiedJwt> jwt = UnverifiedJwt.peek(token);
        String algorithm = jwt.flatMap(header -> header.headerValue("alg")).orElse("none");
        Mono<? extends Key> key = switch (algorithm) {
            case "HS256" -> Mono.justOrEmpty(legacySecret);
            case "ES256", "RS256" -> Mono.justOrEmpty(jwt.flatMap(header -> header.headerValue("kid")))
                    .flatMap(jwks::key)
                    .filter(published -> published.algorithm().equals(algorithm))
                    .map(SupabaseJwks.VerificationKey::key);
            default -> Mono.empty();
        };
        return key.flatMap(verifying -> Mono.justOrEmpty(parse(token, algorithm, verifying)))
                .filterWhen(revocations::isLive);
    }

    /**
     * Refuses the token's session here at once, then asks Supabase to end it too so that it cannot
     * be refreshed. Supabase failing to answer does not undo the first step: the session stays
     * refused here, and the failure is logged.
     */
    @Override
    public Mono<Void> logout(ProviderToken token, boolean global) {
        return (global ? revocations.revokeUser(token.userId()) : revocations.revokeSession(token.sessionId()))
                .then(client.logout(token.token(), global)
                        .onErrorResume(failure -> {
                            log.warn("Supabase did not confirm the logout of session {} ({}); it stays refused here",
                                    token.sessionId(), failure.getMessage());
                            return Mono.empty();
                        }));
    }

    @Override
    public Mono<Void> logoutAll(UUID userId) {
        return revocations.revokeUser(userId);
    }

    @Override
    public Mono<UserProfile> profile(ProviderToken token) {
        return token.email() == null ? Mono.empty() : profiles.ensure(token.userId(), token.email(), token.fullName());
    }

    private Optional<ProviderToken> parse(String token, String algorithm, Key key) {
        try {
            JwtParserBuilder parser = Jwts.parser()
                    .sig().clear().add(ALGORITHMS.get(algorithm)).and()
                    .requireIssuer(issuer)
                    .requireAudience("authenticated")
                    .clock(() -> Date.from(clock.instant()))
                    .clockSkewSeconds(CLOCK_SKEW_SECONDS);
            parser = key instanceof SecretKey secret ? parser.verifyWith(secret) : parser.verifyWith((PublicKey) key);
            return claims(parser.build().parseSignedClaims(token).getPayload(), token);
        } catch (JwtException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static Optional<ProviderToken> claims(Claims claims, String token) {
        String sessionId = claims.get("session_id", String.class);
        if (claims.getSubject() == null || sessionId == null || sessionId.isBlank() || claims.getExpiration() == null
                || claims.getIssuedAt() == null) {
            return Optional.empty();
        }
        String email = claims.get("email") instanceof String value && !value.isBlank() ? EmailAddress.canonical(value) : null;
        String fullName = claims.get("user_metadata") instanceof Map<?, ?> metadata && metadata.get("full_name") instanceof String name
                ? name : null;
        return Optional.of(new ProviderToken(UUID.fromString(claims.getSubject()), sessionId, claims.getIssuedAt().toInstant(),
                claims.getExpiration().toInstant(), email, fullName, token));
    }
}
