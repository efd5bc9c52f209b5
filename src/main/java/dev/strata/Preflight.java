package dev.strata;

import dev.strata.auth.JwtSecret;
import dev.strata.auth.supabase.SupabaseSettings;
import dev.strata.auth.tokens.TokenSettings;
import dev.strata.config.DatabaseSelection;
import dev.strata.config.Env;
import dev.strata.config.RedisSettings;

/**
 * Checks every setting the service parses before Spring starts, with the same parsers the beans
 * use, so a malformed value stops the process at once with one line naming the variable.
 */
final class Preflight {

    private Preflight() {
    }

    /** Throws {@link StrataException} naming the first bad variable. */
    static void check(Env env) {
        DatabaseSelection selection = DatabaseSelection.from(env);
        boolean embedded = selection instanceof DatabaseSelection.Embedded;
        RedisSettings.configured(env, embedded);
        int max = env.integer("STRATA_DB_POOL_MAX", 10, 1, 1000);
        env.integer("STRATA_DB_POOL_INITIAL", Math.min(2, max), 0, max);
        env.integer("STRATA_DB_WAIT", 30, 0, 86_400);
        env.integer("STRATA_HEALTH_TIMEOUT_MS", 1000, 50, 60_000);
        env.flag("STRATA_MIGRATE_ON_STARTUP", false);
        byte[] secret = JwtSecret.check(env, embedded);
        TokenSettings tokens = TokenSettings.from(env);
        if (secret != null) {
            tokens.requireKeyLength(secret);
        }
        SupabaseSettings supabase = SupabaseSettings.from(env);
        if (supabase != null) {
            supabase.requireDistinctIssuer(tokens.issuer());
        }
    }
}
