package dev.strata.auth.supabase;

import org.jspecify.annotations.Nullable;

/**
 * A call to Supabase Auth that did not succeed: an error answer, or none at all. Its message
 * names the call and Supabase's sentence, never a key or a token.
 */
final class SupabaseAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SupabaseError error;
    private final @Nullable Long retryAfterSeconds;

    SupabaseAuthException(String call, SupabaseError error, @Nullable Long retryAfterSeconds, @Nullable Throwable cause) {
        super(call + ": " + (error.status() == 0 ? "" : "HTTP " + error.status() + (error.code() == null ? "" : " " + error.code()) + ": ")
                + error.message(), cause);
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    SupabaseError error() {
        return error;
    }

    /** The answer's {@code Retry-After}, in seconds, if it had one. */
    @Nullable Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A gateway or server failure that a repeat of an idempotent call may get past. */
    boolean isTransient() {
        int status = error.status();
        return status == 502 || status == 503 || status == 504;
    }
}
