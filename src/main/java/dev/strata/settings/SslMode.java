package dev.strata.settings;

import java.util.Locale;

/** libpq's SSL modes, which both drivers understand; {@code ssl=require} and {@code sslmode=require} agree. */
public enum SslMode {
    DISABLE, ALLOW, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

    /** The libpq spelling, as in {@code sslmode=verify-full}. */
    public String libpqName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@code sslmode=} (libpq names) or {@code ssl=} (asyncpg's true/false/require...). */
    static SslMode parse(String variable, String parameter, String value) {
        String normalized = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (parameter.equals("ssl")) {
            switch (normalized) {
                case "true", "1", "on", "yes" -> {
                    return REQUIRE;
                }
                case "false", "0", "off", "no" -> {
                    return DISABLE;
                }
                default -> {
                    // asyncpg also accepts the libpq names for ssl=
                }
            }
        }
        for (SslMode mode : values()) {
            if (mode.libpqName().equals(normalized)) {
                return mode;
            }
        }
        throw new StrataException(variable + ": unknown " + parameter + " '" + value
                + "' (expected disable, allow, prefer, require, verify-ca or verify-full)");
    }
}
