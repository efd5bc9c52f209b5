package dev.strata.migration;

import java.time.Instant;
import java.util.Locale;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code db history}: a migration the files or the database know about.
 *
 * @param version its version
 * @param description its description
 * @param state {@code applied}, {@code pending}, {@code failed}, {@code missing} (applied, but no
 *     file for it here), {@code ignored} (older than the newest applied and not applied),
 *     {@code future} (applied by a newer build), {@code baseline} or {@code below-baseline}
 * @param script the file name
 * @param installedOn when it was applied, null when it was not
 * @param executionTimeMillis how long it ran, null when it was not applied
 */
public record MigrationEntry(String version, String description, String state, String script,
        @Nullable Instant installedOn, @Nullable Integer executionTimeMillis) {

    static MigrationEntry of(MigrationInfo info) {
        return new MigrationEntry(info.getVersion().getVersion(), info.getDescription(), state(info), info.getScript(),
                info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant(),
                info.isApplied() ? info.getExecutionTime() : null);
    }

    static String state(MigrationInfo info) {
        return switch (info.getState()) {
            case SUCCESS, OUT_OF_ORDER -> "applied";
            case PENDING, ABOVE_TARGET -> "pending";
            case FAILED, MISSING_FAILED, FUTURE_FAILED -> "failed";
            case MISSING_SUCCESS -> "missing";
            case FUTURE_SUCCESS -> "future";
            case IGNORED -> "ignored";
            case BASELINE -> "baseline";
            case BELOW_BASELINE, BASELINE_IGNORED -> "below-baseline";
            case UNDONE, AVAILABLE, OUTDATED, SUPERSEDED, DELETED -> info.getState().getDisplayName().toLowerCase(Locale.ROOT);
        };
    }

    public boolean applied() {
        return state.equals("applied") || state.equals("missing") || state.equals("future") || state.equals("baseline");
    }
}
