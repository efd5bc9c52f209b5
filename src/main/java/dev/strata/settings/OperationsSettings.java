package dev.strata.settings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the service is run and watched: its shutdown, its management port, its log format. They are
 * Spring Boot properties in the end ({@link #springProperties()}), set before logging starts.
 *
 * @param shutdownGrace {@code STRATA_SHUTDOWN_GRACE}, seconds, 1 to 300, default 20: after SIGTERM, readiness
 *     turns down and the port stops accepting; requests in flight get this long to finish before the pools close
 * @param managementPort {@code MANAGEMENT_PORT}: the Actuator endpoints (health, probes, Prometheus) on a port
 *     of their own; null: on the API's port
 * @param logFormat {@code LOG_FORMAT}: {@code text} (default), {@code json} (Elastic Common Schema, one JSON
 *     object a line) or {@code logstash}; null for text
 */
public record OperationsSettings(Duration shutdownGrace, @Nullable Integer managementPort, @Nullable String logFormat) {

    static OperationsSettings from(Env env) {
        Duration grace = Duration.ofSeconds(env.integer("STRATA_SHUTDOWN_GRACE", 20, 1, 300));
        Integer managementPort = env.has("MANAGEMENT_PORT") ? env.integer("MANAGEMENT_PORT", 0, 1, 65_535) : null;
        String format = env.get("LOG_FORMAT", "text").toLowerCase(Locale.ROOT);
        String structured = switch (format) {
            case "text" -> null;
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            default -> throw new StrataException("LOG_FORMAT: expected text, json (ECS) or logstash, got '" + format + "'");
        };
        return new OperationsSettings(grace, managementPort, structured);
    }

    /** Whether log lines are JSON objects. */
    public boolean jsonLogs() {
        return logFormat != null;
    }

    /** The Spring Boot properties these settings stand for. */
    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.lifecycle.timeout-per-shutdown-phase", shutdownGrace.toSeconds() + "s");
        if (managementPort != null) {
            properties.put("management.server.port", managementPort);
        }
        if (logFormat != null) {
            properties.put("logging.structured.format.console", logFormat);
            // The request id (web module) rides in the Reactor context and reaches the MDC of each line.
            properties.put("spring.reactor.context-propagation", "auto");
        }
        return properties;
    }
}
