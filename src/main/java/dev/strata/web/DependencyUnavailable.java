package dev.strata.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A dependency is down, refuses, or did not answer within its deadline: 503
 * {@code dependency_unavailable} with the {@code dependency} it names and a {@code Retry-After}.
 * Never a 500: the request was fine, and repeating it later may succeed.
 */
public final class DependencyUnavailable extends ApiException {

    private static final long serialVersionUID = 1L;

    /** Seconds a client should wait before repeating; outages that outlast it are answered the same way again. */
    static final long RETRY_AFTER_SECONDS = 5;

    private final Dependency dependency;
    private final String reason;

    DependencyUnavailable(Dependency dependency, String detail, String reason) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "dependency_unavailable", detail,
                Map.of("dependency", dependency.wireName(), "retry_after", RETRY_AFTER_SECONDS));
        this.dependency = dependency;
        this.reason = reason;
    }

    public Dependency dependency() {
        return dependency;
    }

    /** What went wrong, for the operator's log. */
    public String reason() {
        return reason;
    }
}
