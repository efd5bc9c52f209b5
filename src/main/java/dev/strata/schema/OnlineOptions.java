package dev.strata.schema;

import java.time.Duration;

/**
 * How a script is planned for a database that serves traffic ({@code --online}): whether at all,
 * and the bounds set before every statement. A statement that waits longer than
 * {@code lockTimeout} for its lock fails instead of queueing the table's other sessions behind it.
 *
 * @param enabled whether the changes to tables that already exist are planned online
 * @param lockTimeout PostgreSQL's {@code lock_timeout} before every statement
 * @param statementTimeout {@code statement_timeout} before a short statement
 * @param longTimeout {@code statement_timeout} before a statement that reads the whole table:
 *     an index build, a constraint validation, a backfill
 */
public record OnlineOptions(boolean enabled, Duration lockTimeout, Duration statementTimeout, Duration longTimeout) {

    /** The default {@code lock_timeout}: 3 s. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(3);

    /** The default {@code statement_timeout} of a short statement: 30 s. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    /** The default {@code statement_timeout} of an index build, a validation or a backfill: 20 min. */
    public static final Duration DEFAULT_LONG_TIMEOUT = Duration.ofMinutes(20);

    /** Plain scripts: the statements PostgreSQL's simplest forms take, no bounds set. */
    public static OnlineOptions off() {
        return new OnlineOptions(false, DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, DEFAULT_LONG_TIMEOUT);
    }

    /** Online with the default bounds. */
    public static OnlineOptions defaults() {
        return new OnlineOptions(true, DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, DEFAULT_LONG_TIMEOUT);
    }

    /** A duration as PostgreSQL reads a setting: {@code 3s}, {@code 20min}, {@code 250ms}. */
    public static String setting(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + "min";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
