package dev.strata.settings;

import java.util.Locale;

/**
 * How the server at the URL hands out backend connections. Behind a transaction-mode pooler
 * (Supabase port 6543, PgBouncer {@code pool_mode=transaction}) consecutive statements may land
 * on different backends, so prepared statements cannot be cached and migrations, which need one
 * session for their lock, cannot run.
 */
public enum PoolMode {
    /** A direct connection or a session-mode pooler: one backend per connection. */
    SESSION,
    /** A transaction-mode pooler: one backend per transaction only. */
    TRANSACTION;

    /** The port Supabase's transaction-mode pooler listens on. */
    public static final int SUPABASE_TRANSACTION_PORT = 6543;

    static PoolMode parse(String variable, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "transaction" -> TRANSACTION;
            case "session" -> SESSION;
            default -> throw new StrataException(
                    variable + ": expected 'session' or 'transaction', got '" + value + "'");
        };
    }
}
