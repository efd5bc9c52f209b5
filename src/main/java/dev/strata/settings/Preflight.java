package dev.strata.settings;

import dev.strata.settings.JwtSecret;
import dev.strata.settings.SupabaseSettings;
import dev.strata.settings.TokenSettings;
import dev.strata.settings.DatabaseSelection;
import dev.strata.settings.Env;
import dev.strata.settings.RedisSettings;

/**
 * Checks every setting the service parses before Spring starts, with the same parsers the beans
 * use, so a malformed value stops the process at once with one line naming the variable.
 */
public final class Preflight {

    private Preflight() {
    }

    /** Throws {@link StrataException} naming the first bad variable. */
    public static void check(Env env) {
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
