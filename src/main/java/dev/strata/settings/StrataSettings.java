package dev.strata.settings;

import org.jspecify.annotations.Nullable;

/**
 * Every setting of the service, parsed once from {@link Env} into a record per feature, each
 * with its defaults and bounds. {@code StrataApplication} parses it before Spring starts, so a bad
 * value stops the process with one line naming the variable, and hands the same instance to the
 * context; a context started another way (a test) builds it once from its own environment.
 * The {@code db} commands parse their part with {@link CommandSettings}.
 *
 * @param database which database, and the runtime pool's size
 * @param migrations where the migrations are, whether they run at start, how long to wait for the database
 * @param redis the configured Redis, if any, and the key prefix
 * @param auth the service's tokens, their secret and the rate limits
 * @param supabase Supabase Auth as the user store; null without {@code SUPABASE_URL}
 * @param health the bound of each dependency check
 * @param server what the HTTP API allows browsers
 * @param embedded where the zero-setup servers keep their data
 * @param operations shutdown grace, management port and log format
 */
public record StrataSettings(DatabaseSetup database, MigrationSettings migrations, RedisSetup redis, AuthSettings auth,
        @Nullable SupabaseSettings supabase, HealthSettings health, ServerSettings server, EmbeddedSettings embedded,
        OperationsSettings operations) {

    /** Parses every setting; throws {@link StrataException} naming the first bad or missing variable. */
    public static StrataSettings from(Env env) {
        DatabaseSelection selection = DatabaseSelection.from(env);
        boolean embedded = selection instanceof DatabaseSelection.Embedded;
        RedisSetup redis = RedisSetup.from(env, embedded);
        DatabaseSetup database = DatabaseSetup.from(env, selection);
        MigrationSettings migrations = MigrationSettings.forService(env, embedded);
        HealthSettings health = HealthSettings.from(env);
        AuthSettings auth = AuthSettings.from(env, embedded);
        SupabaseSettings supabase = SupabaseSettings.from(env);
        if (supabase != null) {
            supabase.requireDistinctIssuer(auth.tokens().issuer());
        }
        return new StrataSettings(database, migrations, redis, auth, supabase, health, ServerSettings.from(env),
                EmbeddedSettings.from(env), OperationsSettings.from(env));
    }
}
