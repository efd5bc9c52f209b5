package dev.strata.settings;

import java.time.Duration;

/**
 * How {@code db revision --autogenerate} and {@code db diff --online} plan for a database that
 * serves traffic.
 *
 * @param autogenerate {@code STRATA_AUTOGENERATE_ONLINE}: whether autogenerate plans online
 *     without {@code --online} (default false; {@code --no-online} overrides it)
 * @param lockTimeout {@code STRATA_ONLINE_LOCK_TIMEOUT_MS}: the {@code lock_timeout} set before
 *     every statement of an online script, default 3000
 * @param statementTimeout {@code STRATA_ONLINE_STATEMENT_TIMEOUT_MS}: the {@code statement_timeout}
 *     of its short statements, default 30000
 * @param longTimeout {@code STRATA_ONLINE_LONG_TIMEOUT_MS}: the {@code statement_timeout} of an
 *     index build, a constraint validation or a backfill, default 1200000 (20 minutes)
 */
public record OnlineSettings(boolean autogenerate, Duration lockTimeout, Duration statementTimeout,
        Duration longTimeout) {

    /** The setting that makes autogenerate plan online by default. */
    public static final String AUTOGENERATE_ONLINE = "STRATA_AUTOGENERATE_ONLINE";

    private static final int DAY_MS = 86_400_000;

    static OnlineSettings from(Env env) {
        return new OnlineSettings(env.flag(AUTOGENERATE_ONLINE, false),
                Duration.ofMillis(env.integer("STRATA_ONLINE_LOCK_TIMEOUT_MS", 3000, 1, DAY_MS)),
                Duration.ofMillis(env.integer("STRATA_ONLINE_STATEMENT_TIMEOUT_MS", 30_000, 1, DAY_MS)),
                Duration.ofMillis(env.integer("STRATA_ONLINE_LONG_TIMEOUT_MS", 1_200_000, 1, DAY_MS)));
    }
}
