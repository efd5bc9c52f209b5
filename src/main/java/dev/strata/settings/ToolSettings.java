package dev.strata.settings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What only the {@code db} commands read.
 *
 * @param shadowDatabase {@code SHADOW_DATABASE_URL}: a server where {@code db revision --autogenerate}
 *     and {@code db check} may create their scratch databases; null (unset) means an embedded
 *     PostgreSQL under {@code STRATA_HOME/shadow}
 * @param entityPackages {@code STRATA_ENTITY_PACKAGES}: comma-separated packages of the entity classes
 *     the models' schema is rendered from, default {@link #DEFAULT_ENTITY_PACKAGE}
 * @param diffTimings {@code STRATA_DIFF_TIMINGS}: any value makes {@code db diff} print the wall time of
 *     each phase on stderr
 */
public record ToolSettings(@Nullable DatabaseSettings shadowDatabase, List<String> entityPackages, boolean diffTimings) {

    /** The setting naming the scratch databases' server. */
    public static final String SHADOW_DATABASE_URL = "SHADOW_DATABASE_URL";

    /** The setting that lists the entity packages. */
    public static final String ENTITY_PACKAGES = "STRATA_ENTITY_PACKAGES";

    /** The project's base package: where the entities are unless the setting says otherwise. */
    public static final String DEFAULT_ENTITY_PACKAGE = "dev.strata";

    public ToolSettings {
        entityPackages = List.copyOf(entityPackages);
    }

    static ToolSettings from(Env env) {
        String shadow = env.get(SHADOW_DATABASE_URL);
        return new ToolSettings(shadow == null ? null : DatabaseUrl.parse(SHADOW_DATABASE_URL, shadow),
                env.has(ENTITY_PACKAGES) ? env.list(ENTITY_PACKAGES) : List.of(DEFAULT_ENTITY_PACKAGE),
                env.has("STRATA_DIFF_TIMINGS"));
    }
}
