package dev.strata.settings;

import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which database the configuration points at: a configured server, or the embedded PostgreSQL
 * when nothing is configured (or {@code DB_ENGINE=sqlite}, the seeds' development setting).
 * Variables, in order: {@code DATABASE_URL}, {@code SUPABASE_DB_URL}, then
 * {@code POSTGRES_SERVER/PORT/USER/PASSWORD/DB}; {@code MIGRATION_DATABASE_URL} (or the seeds'
 * {@code SYNC_DATABASE_URL}) for migrations; {@code STRATA_DB_POOL_MODE} to declare a pooler.
 */
public sealed interface DatabaseSelection {

    /** A server named by the configuration. */
    record Configured(Databases databases) implements DatabaseSelection {
    }

    /** Nothing configured: start the embedded PostgreSQL; {@code reason} says why, for the log. */
    record Embedded(String reason) implements DatabaseSelection {
    }

    /**
     * The one place that decides between the two: the configured databases, or the embedded
     * PostgreSQL that {@code embedded} provides (given the reason, for its log line), used for
     * both planes. The service starts it in-process; a {@code db} command may reuse the service's.
     */
    default Databases databases(Function<String, DatabaseSettings> embedded) {
        return switch (this) {
            case Configured configured -> configured.databases();
            case Embedded nothing -> {
                DatabaseSettings settings = embedded.apply(nothing.reason());
                yield new Databases(settings, settings, true);
            }
        };
    }

    static DatabaseSelection from(Env env) {
        String engine = env.get("DB_ENGINE");
        if (engine != null && engine.equalsIgnoreCase("sqlite")) {
            return new Embedded("DB_ENGINE=sqlite: using the embedded PostgreSQL instead of SQLite "
                    + "(the same engine as production, none of SQLite's limits)");
        }
        if (engine != null && !engine.toLowerCase(Locale.ROOT).matches("postgres(ql)?")) {
            throw new StrataException("DB_ENGINE: expected 'postgres' or 'sqlite', got '" + engine + "'");
        }
        String url = env.get("DATABASE_URL");
        if (url != null && DatabaseUrl.isSqlite(url)) {
            return new Embedded("DATABASE_URL is a SQLite URL: using the embedded PostgreSQL instead "
                    + "(the same engine as production, none of SQLite's limits)");
        }
        DatabaseSettings runtime = runtime(env);
        if (runtime == null) {
            if (engine != null) {
                throw new StrataException("DB_ENGINE=" + engine + " needs DATABASE_URL or POSTGRES_SERVER");
            }
            return new Embedded("no DATABASE_URL configured");
        }
        String declared = env.get("STRATA_DB_POOL_MODE");
        if (declared != null) {
            runtime = runtime.withPoolMode(PoolMode.parse("STRATA_DB_POOL_MODE", declared));
        }
        return new Configured(new Databases(runtime, migration(env, runtime), false));
    }

    private static @Nullable DatabaseSettings runtime(Env env) {
        for (String variable : new String[] {"DATABASE_URL", "SUPABASE_DB_URL"}) {
            String url = env.get(variable);
            if (url != null) {
                return DatabaseUrl.parse(variable, url);
            }
        }
        String server = env.get("POSTGRES_SERVER");
        if (server == null) {
            return null;
        }
        String user = env.get("POSTGRES_USER");
        if (user == null) {
            throw new StrataException("POSTGRES_USER: required when POSTGRES_SERVER is set");
        }
        String port = env.get("POSTGRES_PORT", "5432");
        int portNumber = DatabaseUrl.port("POSTGRES_PORT", port);
        return new DatabaseSettings("POSTGRES_SERVER", server, portNumber, env.get("POSTGRES_DB", "postgres"),
                user, env.raw("POSTGRES_PASSWORD"), SslMode.PREFER, null,
                portNumber == PoolMode.SUPABASE_TRANSACTION_PORT ? PoolMode.TRANSACTION : PoolMode.SESSION);
    }

    private static DatabaseSettings migration(Env env, DatabaseSettings runtime) {
        for (String variable : new String[] {"MIGRATION_DATABASE_URL", "SYNC_DATABASE_URL"}) {
            String url = env.get(variable);
            if (url != null) {
                return DatabaseUrl.parse(variable, url);
            }
        }
        return runtime;
    }
}
