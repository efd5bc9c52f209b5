package dev.strata.settings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Supabase Auth as the user store. Keys never appear in {@link #toString()} or in an error message.
 *
 * @param url {@code SUPABASE_URL}: the project URL, {@code https://<project-ref>.supabase.co}, without a path
 * @param apiKey {@code SUPABASE_ANON_KEY}, else {@code SUPABASE_PUBLISHABLE_KEY}: the {@code apikey} of the public endpoints
 * @param serviceKey {@code SUPABASE_SERVICE_ROLE_KEY}, else {@code SUPABASE_SECRET_KEY}: for the admin endpoints
 * @param jwtSecret {@code SUPABASE_JWT_SECRET}: the project's legacy HS256 secret; unset, HS256 tokens are refused
 * @param connectTimeout {@code STRATA_SUPABASE_CONNECT_TIMEOUT_MS} (default 3000)
 * @param readTimeout {@code STRATA_SUPABASE_READ_TIMEOUT_MS} (default 15000): longest wait for the next bytes of an answer
 * @param jwksMinRefetch {@code STRATA_SUPABASE_JWKS_MIN_REFETCH_SECONDS} (default 30): at most one JWKS fetch this often
 */
public record SupabaseSettings(URI url, String apiKey, String serviceKey, @Nullable String jwtSecret, Duration connectTimeout,
        Duration readTimeout, Duration jwksMinRefetch) {

    /** jjwt's minimum for HS256, and what any real project secret exceeds. */
    static final int MIN_SECRET_BYTES = 32;
    private static final HttpUrl PROJECT_URL = new HttpUrl("SUPABASE_URL", "https://<project-ref>.supabase.co");
    private static final Pattern ANON_ROLE = Pattern.compile("\"role\"\\s*:\\s*\"anon\"");

    /** Whether Supabase Auth is the user store: {@code SUPABASE_URL} is set. */
    public static boolean configured(Env env) {
        return env.has("SUPABASE_URL");
    }

    /** The settings, or null without {@code SUPABASE_URL}; a bad value is refused naming its variable. */
    public static @Nullable SupabaseSettings from(Env env) {
        String url = env.get("SUPABASE_URL");
        if (url == null) {
            return null;
        }
        String apiKey = key(env, "SUPABASE_ANON_KEY", "SUPABASE_PUBLISHABLE_KEY");
        String serviceKey = key(env, "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SECRET_KEY");
        requireServiceKey(env.has("SUPABASE_SERVICE_ROLE_KEY") ? "SUPABASE_SERVICE_ROLE_KEY" : "SUPABASE_SECRET_KEY", serviceKey);
        return new SupabaseSettings(projectUrl(url), apiKey, serviceKey, secret(env),
                Duration.ofMillis(env.integer("STRATA_SUPABASE_CONNECT_TIMEOUT_MS", 3000, 100, 60_000)),
                Duration.ofMillis(env.integer("STRATA_SUPABASE_READ_TIMEOUT_MS", 15_000, 100, 300_000)),
                Duration.ofSeconds(env.integer("STRATA_SUPABASE_JWKS_MIN_REFETCH_SECONDS", 30, 0, 3600)));
    }

    /** The {@code iss} of the project's access tokens. */
    public String issuer() {
        return url + "/auth/v1";
    }

    /** The service's own tokens and Supabase's are told apart by their issuer, so the two must differ. */
    public void requireDistinctIssuer(String ownIssuer) {
        if (ownIssuer.equals(issuer())) {
            throw new StrataException("JWT_ISSUER: must differ from the Supabase issuer '" + issuer()
                    + "': the service tells its own tokens from Supabase's by it");
        }
    }

    @Override
    public String toString() {
        return "SupabaseSettings[url=" + url + ", legacySecret=" + (jwtSecret != null) + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }

    static URI projectUrl(String value) {
        URI uri = PROJECT_URL.parse(value);
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
            throw PROJECT_URL.refuse(value, "expected the project URL alone, without a path, query or credentials");
        }
        return uri;
    }

    private static String key(Env env, String name, String alternative) {
        String value = env.has(name) ? env.get(name) : env.get(alternative);
        if (value == null) {
            throw new StrataException(name + ": required with SUPABASE_URL (or " + alternative
                    + "); see Project Settings > API Keys");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new StrataException((env.has(name) ? name : alternative) + ": must not contain spaces or line breaks");
        }
        return value;
    }

    /** A swapped key is the commonest mistake: the admin calls would then fail at the first registration. */
    private static void requireServiceKey(String name, String key) {
        if (key.startsWith("sb_publishable_") || isLegacyAnonKey(key)) {
            throw new StrataException(name + ": this is the public (anon or publishable) key; "
                    + "set the service_role or secret key (sb_secret_...)");
        }
    }

    private static boolean isLegacyAnonKey(String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            return ANON_ROLE.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).find();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable String secret(Env env) {
        String secret = env.get("SUPABASE_JWT_SECRET");
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new StrataException("SUPABASE_JWT_SECRET: must be at least " + MIN_SECRET_BYTES + " bytes, got "
                    + secret.getBytes(StandardCharsets.UTF_8).length + " (copy the JWT secret from Project Settings > JWT Keys)");
        }
        return secret;
    }
}
