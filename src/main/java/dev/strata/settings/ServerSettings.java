package dev.strata.settings;

import java.util.List;

/**
 * The HTTP API's settings that Strata reads itself ({@code SERVER_PORT} is Spring Boot's own).
 *
 * @param corsAllowedOrigins {@code CORS_ALLOWED_ORIGINS}: comma-separated browser origins allowed to
 *     call the API; none by default
 */
public record ServerSettings(List<String> corsAllowedOrigins) {

    public ServerSettings {
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
    }

    static ServerSettings from(Env env) {
        return new ServerSettings(env.list("CORS_ALLOWED_ORIGINS"));
    }
}
