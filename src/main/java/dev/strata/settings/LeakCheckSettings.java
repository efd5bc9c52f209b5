package dev.strata.settings;

import java.net.URI;
import java.time.Duration;

/**
 * The leaked-password check of built-in users, like Supabase Auth's leaked password protection:
 * off unless turned on. On, a registration's password is looked up in HaveIBeenPwned's Pwned
 * Passwords range API by the first 5 hex characters of its SHA-1 only (k-anonymity), and one
 * found in a breach is refused. The three variables are read and checked whether or not the
 * check is on, so a typo shows before the day it is turned on.
 *
 * @param enabled {@code STRATA_PASSWORD_LEAK_CHECK}, default false: look passwords up on registration
 * @param url {@code STRATA_PASSWORD_LEAK_CHECK_URL}, default {@code https://api.pwnedpasswords.com}: the
 *     range API's base, {@code /range/<prefix>} is appended (a mirror may have a path)
 * @param timeout {@code STRATA_PASSWORD_LEAK_CHECK_TIMEOUT_MS}, 100 to 60000, default 3000: longest wait
 *     for the whole lookup (connecting included); past it, or on any failure, registration is refused with 503
 */
public record LeakCheckSettings(boolean enabled, URI url, Duration timeout) {

    /** HaveIBeenPwned's own endpoint. */
    public static final URI PWNED_PASSWORDS = URI.create("https://api.pwnedpasswords.com");

    /** Off, with the defaults otherwise. */
    public static final LeakCheckSettings OFF = new LeakCheckSettings(false, PWNED_PASSWORDS, Duration.ofSeconds(3));

    private static final HttpUrl BASE_URL = new HttpUrl("STRATA_PASSWORD_LEAK_CHECK_URL", "https://api.pwnedpasswords.com");

    static LeakCheckSettings from(Env env) {
        boolean enabled = env.flag("STRATA_PASSWORD_LEAK_CHECK", false);
        String url = env.get("STRATA_PASSWORD_LEAK_CHECK_URL");
        return new LeakCheckSettings(enabled, url == null ? PWNED_PASSWORDS : baseUrl(url),
                Duration.ofMillis(env.integer("STRATA_PASSWORD_LEAK_CHECK_TIMEOUT_MS", 3000, 100, 60_000)));
    }

    private static URI baseUrl(String value) {
        URI uri = BASE_URL.parse(value);
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw BASE_URL.refuse(value, "expected a base URL without a query or credentials");
        }
        return uri;
    }
}
