package dev.strata.settings;

import java.util.List;
import java.util.Locale;
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
 * @param entityNaming {@code STRATA_ENTITY_NAMING}: how entities' table and column names become
 *     database names, default {@link EntityNaming#SPRING}
 * @param shadowSupabase {@code SHADOW_SUPABASE}: whether scratch databases get the Supabase baseline
 *     ({@code auth.users}, {@code auth.uid()}, the API roles); default on when {@code SUPABASE_URL} is set
 *     or the configured database is Supabase's ({@code *.supabase.co}, {@code *.supabase.com})
 * @param online how scripts are planned online, and whether autogenerate does by default
 * @param shadowKeepSeconds {@code SHADOW_KEEP_SECONDS}: how long the embedded scratch server stays up
 *     after the last {@code db} command that used it, so that the next one finds it warm; 0 stops it
 *     when the command that started it ends. Default {@link #DEFAULT_SHADOW_KEEP_SECONDS}
 */
public record ToolSettings(@Nullable DatabaseSettings shadowDatabase, List<String> entityPackages, boolean diffTimings,
        EntityNaming entityNaming, boolean shadowSupabase, OnlineSettings online, int shadowKeepSeconds) {

    /** How the models' names become database names. */
    public enum EntityNaming {
        /**
         * What a Spring Boot application's Hibernate uses: Spring's implicit naming strategy and
         * Hibernate's snake-case physical one, which applies to explicit names too
         * ({@code @Column(name = "completionTime")} is {@code completion_time}).
         */
        SPRING,
        /** Explicit names exactly as written (PostgreSQL folds them to lower case); implicit ones in snake case. */
        EXACT
    }

    /** The setting choosing the {@link EntityNaming}: {@code spring} or {@code exact}. */
    public static final String ENTITY_NAMING = "STRATA_ENTITY_NAMING";

    /** The setting naming the scratch databases' server. */
    public static final String SHADOW_DATABASE_URL = "SHADOW_DATABASE_URL";

    /** The setting that lists the entity packages. */
    public static final String ENTITY_PACKAGES = "STRATA_ENTITY_PACKAGES";

    /** The project's base package: where the entities are unless the setting says otherwise. */
    public static final String DEFAULT_ENTITY_PACKAGE = "dev.strata";

    /** The setting giving scratch databases Supabase's shapes. */
    public static final String SHADOW_SUPABASE = "SHADOW_SUPABASE";

    /** The setting keeping the embedded scratch server up between commands. */
    public static final String SHADOW_KEEP_SECONDS = "SHADOW_KEEP_SECONDS";

    /** Ten minutes: a model edit, a build and the next command fit in it. */
    public static final int DEFAULT_SHADOW_KEEP_SECONDS = 600;

    public ToolSettings {
        entityPackages = List.copyOf(entityPackages);
    }

    static ToolSettings from(Env env, DatabaseSelection database) {
        String shadow = env.get(SHADOW_DATABASE_URL);
        return new ToolSettings(shadow == null ? null : DatabaseUrl.parse(SHADOW_DATABASE_URL, shadow),
                env.has(ENTITY_PACKAGES) ? env.list(ENTITY_PACKAGES) : List.of(DEFAULT_ENTITY_PACKAGE),
                env.has("STRATA_DIFF_TIMINGS"), naming(env), env.flag(SHADOW_SUPABASE, supabase(env, database)),
                OnlineSettings.from(env), env.integer(SHADOW_KEEP_SECONDS, DEFAULT_SHADOW_KEEP_SECONDS, 0, 86_400));
    }

    /** Whether the project is a Supabase one: Supabase Auth is configured, or the database is Supabase's. */
    private static boolean supabase(Env env, DatabaseSelection database) {
        if (SupabaseSettings.configured(env)) {
            return true;
        }
        return database instanceof DatabaseSelection.Configured configured
                && (isSupabaseHost(configured.databases().runtime().host())
                        || isSupabaseHost(configured.databases().migration().host()));
    }

    private static boolean isSupabaseHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.endsWith(".supabase.co") || name.endsWith(".supabase.com");
    }

    private static EntityNaming naming(Env env) {
        String value = env.get(ENTITY_NAMING, "spring").strip();
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "spring" -> EntityNaming.SPRING;
            case "exact" -> EntityNaming.EXACT;
            default -> throw new StrataException(ENTITY_NAMING + " must be spring or exact, not '" + value + "'");
        };
    }
}
