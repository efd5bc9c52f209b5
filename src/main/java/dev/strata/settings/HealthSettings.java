package dev.strata.settings;

import java.time.Duration;

/**
 * The dependency checks behind {@code /health} and the readiness probe.
 *
 * @param timeout {@code STRATA_HEALTH_TIMEOUT_MS}, 50 to 60000, default 1000: the bound of each check
 */
public record HealthSettings(Duration timeout) {

    static HealthSettings from(Env env) {
        return new HealthSettings(Duration.ofMillis(env.integer("STRATA_HEALTH_TIMEOUT_MS", 1000, 50, 60_000)));
    }
}
