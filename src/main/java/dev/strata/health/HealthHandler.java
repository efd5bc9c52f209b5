package dev.strata.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /health}: PostgreSQL, Redis and migration state in one bounded answer. */
@RestController
@Tag(name = "health")
class HealthHandler {

    private final DependencyChecks checks;
    private final String version;

    HealthHandler(DependencyChecks checks, AppVersion version) {
        this.checks = checks;
        this.version = version.value();
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Service health",
            description = "Checks PostgreSQL and Redis (each bounded by STRATA_HEALTH_TIMEOUT_MS, default 1 s) "
                    + "and reports the applied migration version and how many are pending.")
    @ApiResponse(responseCode = "200", description = "PostgreSQL and Redis answer",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    @ApiResponse(responseCode = "503", description = "PostgreSQL or Redis does not answer; errors names which",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    Mono<ResponseEntity<HealthReport>> health() {
        return Mono.zip(checks.database(), checks.redis(), checks.migrations())
                .map(all -> report(all.getT1(), all.getT2(), all.getT3()))
                .map(report -> ResponseEntity.status(report.healthy() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .body(report));
    }

    private HealthReport report(Check database, Check redis, MigrationState migrations) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (database.error() != null) {
            errors.put("database", database.error());
        }
        if (redis.error() != null) {
            errors.put("redis", redis.error());
        }
        String status = database.ok() && redis.ok() ? "healthy" : "unhealthy";
        return new HealthReport(status, database.word(), redis.word(), migrations, version, errors);
    }
}
