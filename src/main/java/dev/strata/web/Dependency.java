package dev.strata.web;

import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * What the service calls at runtime. A call that fails or does not answer within its deadline
 * becomes a 503 {@code dependency_unavailable} naming it ({@link #unavailable}); {@link #wireName()}
 * is the problem's {@code dependency} member.
 */
public enum Dependency {

    DATABASE("database", "The database"),
    REDIS("redis", "The session store"),
    AUTH_PROVIDER("auth_provider", "The sign-in service"),
    /** The leaked-password check (HaveIBeenPwned's range API), when it is on. */
    PASSWORD_CHECK("password_check", "The password check");

    private final String wireName;
    private final String subject;

    Dependency(String wireName, String subject) {
        this.wireName = wireName;
        this.subject = subject;
    }

    public String wireName() {
        return wireName;
    }

    /** The 503 for this dependency; {@code reason} is for the log, never the answer. */
    public DependencyUnavailable unavailable(String reason) {
        return new DependencyUnavailable(this, subject + " is unavailable right now; try again shortly.", reason);
    }

    /**
     * {@code call}, bounded: when it has not finished within {@code deadline} it is cancelled and
     * fails with {@link #unavailable}. For calls whose driver has no deadline of its own.
     */
    public <T> Mono<T> within(Duration deadline, Mono<T> call) {
        return call.timeout(deadline, Mono.error(() -> unavailable("no answer within " + deadline.toMillis() + " ms")));
    }

    /**
     * {@code call}, with a failure of this dependency's connection that no driver wrapped (a reset or a
     * broken pipe mid-command reaches the caller as a bare {@link IOException}) turned into
     * {@link #unavailable}: only the caller knows whose connection that was.
     */
    public <T> Mono<T> onConnectionLoss(Mono<T> call) {
        return call.onErrorMap(Dependency::connectionLost, error -> unavailable("connection lost: " + error));
    }

    /** Whether a bare {@link IOException} (a lost connection) is in {@code error}'s causes, and no 503 is. */
    static boolean connectionLost(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DependencyUnavailable) {
                return false;
            }
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a call got no usable answer, for the log: {@code no answer within <timeout>} when a
     * timeout is among the causes, else the innermost cause's type and message.
     */
    public static String whyNoAnswer(Throwable error, Duration timeout) {
        Throwable root = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof ReadTimeoutException) {
                return "no answer within " + timeout.toMillis() + " ms";
            }
            root = cause;
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
