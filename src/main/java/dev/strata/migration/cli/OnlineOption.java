package dev.strata.migration.cli;

import dev.strata.schema.OnlineOptions;
import dev.strata.settings.OnlineSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --online} / {@code --no-online}, mixed into {@code db diff} and {@code db revision}: whether
 * the scripts are planned for a database that serves traffic, with the bounds the settings give.
 */
final class OnlineOption {

    @Option(names = "--online", negatable = true,
            description = "Plan for a database that serves traffic: SET lock_timeout and statement_timeout before every "
                    + "statement, indexes built CONCURRENTLY, foreign keys and checks added NOT VALID then validated, "
                    + "SET NOT NULL through a validated CHECK, a rewriting type change as add column, backfill in "
                    + "batches, swap (see HELP.md). db revision: default STRATA_AUTOGENERATE_ONLINE (false).")
    @Nullable Boolean online;

    /** Whether anything was asked for. */
    boolean given() {
        return online != null;
    }

    /** The options: online when {@code --online}, or when not given and {@code byDefault}. */
    OnlineOptions options(OnlineSettings settings, boolean byDefault) {
        boolean enabled = online != null ? online : byDefault;
        return new OnlineOptions(enabled, settings.lockTimeout(), settings.statementTimeout(), settings.longTimeout());
    }
}
