package dev.strata;

import dev.strata.settings.StrataException;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@link StrataException} that stopped the start as one line on stderr, instead of
 * Boot's stack trace: the message already says what to fix.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        StrataException cause = StrataException.find(failure);
        if (cause == null) {
            return false;
        }
        System.err.println("strata: " + cause.getMessage());
        System.err.flush();
        return true;
    }
}
