package dev.strata.settings;

import org.jspecify.annotations.Nullable;

/**
 * The service's own tokens and the limits of its auth endpoints.
 *
 * @param tokens how tokens are made ({@code JWT_ALGORITHM}, lifetimes, issuer, audience)
 * @param secret {@code JWT_SECRET}, at least 32 bytes (more for HS384/HS512): required with a configured
 *     database; null only in the zero-setup run, which then uses a development secret under {@code STRATA_HOME}
 * @param rateLimitIp {@code STRATA_RATE_LIMIT_IP}, 1 to 1000000, default 30: register and login attempts
 *     per minute from one address
 * @param rateLimitAccount {@code STRATA_RATE_LIMIT_ACCOUNT}, 1 to 1000000, default 10: failed logins per
 *     minute of one account
 * @param passwords the password rule of built-in users ({@code STRATA_PASSWORD_*})
 */
public record AuthSettings(TokenSettings tokens, @Nullable JwtSecret secret, int rateLimitIp, int rateLimitAccount,
        PasswordSettings passwords) {

    static AuthSettings from(Env env, boolean embeddedDatabase) {
        JwtSecret secret = JwtSecret.configured(env, embeddedDatabase);
        TokenSettings tokens = TokenSettings.from(env);
        if (secret != null) {
            tokens.requireKeyLength(secret.key());
        }
        return new AuthSettings(tokens, secret, env.integer("STRATA_RATE_LIMIT_IP", 30, 1, 1_000_000),
                env.integer("STRATA_RATE_LIMIT_ACCOUNT", 10, 1, 1_000_000), PasswordSettings.from(env));
    }
}
