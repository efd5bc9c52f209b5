package dev.strata.settings;

import java.nio.file.Path;

/**
 * The zero-setup run's servers.
 *
 * @param home {@code STRATA_HOME}, default {@code ./.strata}, made absolute: the embedded PostgreSQL's
 *     data ({@code postgres}), the scratch server's ({@code shadow}) and the development JWT secret
 */
public record EmbeddedSettings(Path home) {

    /** Public so the {@code db} launcher can read {@code STRATA_HOME} alone, without parsing every other setting. */
    public static EmbeddedSettings from(Env env) {
        return new EmbeddedSettings(Path.of(env.get("STRATA_HOME", ".strata")).toAbsolutePath().normalize());
    }
}
