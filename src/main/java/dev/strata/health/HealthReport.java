package dev.strata.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The body of {@code GET /health}.
 *
 * @param status {@code healthy} or {@code unhealthy}
 * @param database {@code ok} or {@code down}
 * @param redis {@code ok} or {@code down}
 * @param migrations applied version and pending count
 * @param version the application's version
 * @param errors for each failed dependency, what went wrong (absent when all is well)
 */
record HealthReport(
        @Schema(allowableValues = {"healthy", "unhealthy"}) String status,
        @Schema(allowableValues = {"ok", "down"}) String database,
        @Schema(allowableValues = {"ok", "down"}) String redis,
        MigrationState migrations,
        String version,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> errors) {

    boolean healthy() {
        return status.equals("healthy");
    }
}
