package dev.strata.auth;

import dev.strata.web.ApiException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sign-in outcomes for Prometheus: {@code strata_auth_login_total{outcome=success|failure|rate_limited}}.
 * A failure is a wrong email or password; other errors (an outage's 503, a banned Supabase user)
 * are in the HTTP server timings by status. Refresh-token reuse is counted where it is detected
 * ({@code strata_auth_refresh_reuse_total}, auth/session).
 */
@Component
class AuthMetrics {

    private final Counter success;
    private final Counter failure;
    private final Counter rateLimited;

    AuthMetrics(MeterRegistry registry) {
        success = login(registry, "success");
        failure = login(registry, "failure");
        rateLimited = login(registry, "rate_limited");
    }

    private static Counter login(MeterRegistry registry, String outcome) {
        return Counter.builder("strata.auth.login").tag("outcome", outcome).description("Sign-in attempts by outcome")
                .register(registry);
    }

    <T> Mono<T> login(Mono<T> attempt) {
        return attempt.doOnSuccess(answer -> success.increment()).doOnError(ApiException.class, error -> {
            switch (error.code()) {
                case "invalid_credentials" -> failure.increment();
                case "rate_limited" -> rateLimited.increment();
                default -> {
                    // counted by status in the HTTP server timings
                }
            }
        });
    }
}
