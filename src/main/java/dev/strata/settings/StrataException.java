package dev.strata.settings;

import org.jspecify.annotations.Nullable;

/**
 * The one unchecked root exception for failures a user can act on: a bad setting, an unreachable
 * database, a failed migration. Its message is a single line meant for the user, never containing
 * a password, and it is printed without a stack trace.
 */
public class StrataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public StrataException(String message) {
        this(message, 1, null);
    }

    public StrataException(String message, Throwable cause) {
        this(message, 1, cause);
    }

    public StrataException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The StrataException in {@code failure}'s cause chain (itself included), or null when there is none. */
    public static @Nullable StrataException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrataException strata) {
                return strata;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** The process exit code this failure maps to. */
    public int exitCode() {
        return exitCode;
    }
}
