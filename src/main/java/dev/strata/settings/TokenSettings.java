package dev.strata.settings;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.MacAlgorithm;
import java.time.Duration;
import java.util.Locale;

/**
 * How the service's tokens are made.
 *
 * @param algorithm {@code JWT_ALGORITHM}: HS256 (default), HS384 or HS512; anything else is refused
 * @param accessLifetime {@code JWT_EXPIRATION_MINUTES} (default 15), or the seeds' {@code JWT_EXPIRATION_HOURS}
 * @param refreshLifetime {@code JWT_REFRESH_EXPIRATION_DAYS} (default 30): how long a session lives unused
 * @param issuer {@code JWT_ISSUER} (default {@code strata}): the {@code iss} claim
 * @param audience {@code JWT_AUDIENCE} (default {@code strata}): the {@code aud} claim
 */
public record TokenSettings(MacAlgorithm algorithm, Duration accessLifetime, Duration refreshLifetime, String issuer,
        String audience) {

    public static TokenSettings from(Env env) {
        return new TokenSettings(algorithm(env.get("JWT_ALGORITHM", "HS256")), accessLifetime(env),
                Duration.ofDays(env.integer("JWT_REFRESH_EXPIRATION_DAYS", 30, 1, 3650)),
                env.get("JWT_ISSUER", "strata"), env.get("JWT_AUDIENCE", "strata"));
    }

    private static MacAlgorithm algorithm(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "HS256" -> Jwts.SIG.HS256;
            case "HS384" -> Jwts.SIG.HS384;
            case "HS512" -> Jwts.SIG.HS512;
            default -> throw new StrataException("JWT_ALGORITHM: expected HS256, HS384 or HS512, got '" + name + "'");
        };
    }

    private static Duration accessLifetime(Env env) {
        if (env.has("JWT_EXPIRATION_MINUTES")) {
            return Duration.ofMinutes(env.integer("JWT_EXPIRATION_MINUTES", 15, 1, 525_600));
        }
        if (env.has("JWT_EXPIRATION_HOURS")) {
            return Duration.ofHours(env.integer("JWT_EXPIRATION_HOURS", 1, 1, 8_760));
        }
        return Duration.ofMinutes(15);
    }

    /** HS384 and HS512 need longer keys than HS256: refuse a secret too short for the algorithm. */
    public void requireKeyLength(byte[] key) {
        int bytes = algorithm.getKeyBitLength() / 8;
        if (key.length < bytes) {
            throw new StrataException("JWT_SECRET: " + algorithm.getId() + " needs at least " + bytes + " bytes, got "
                    + key.length + " (generate one with: openssl rand -base64 " + bytes + ")");
        }
    }
}
