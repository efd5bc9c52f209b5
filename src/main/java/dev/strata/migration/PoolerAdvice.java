package dev.strata.migration;

import dev.strata.settings.DatabaseSettings;

/** What to use instead of a transaction-mode pooler, in words a user can act on. */
final class PoolerAdvice {

    private PoolerAdvice() {
    }

    static String forMigrations(DatabaseSettings pooler) {
        if (pooler.host().endsWith(".pooler.supabase.com")) {
            return "set MIGRATION_DATABASE_URL to Supabase's session pooler, the same URL with port 5432 "
                    + "(postgresql://" + pooler.user() + ":<password>@" + pooler.host() + ":5432/" + pooler.database()
                    + "), or to the direct connection db.<project-ref>.supabase.co:5432";
        }
        return "set MIGRATION_DATABASE_URL to a direct connection or a session-mode pooler";
    }
}
