package dev.strata.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.jspecify.annotations.Nullable;

/** What {@code db check} reports: each line one reason the database is not exactly at head. */
final class Check {

    private Check() {
    }

    static List<String> problems(MigrationInfoService info, ValidateResult validation) {
        List<String> problems = new ArrayList<>();
        MigrationVersion squashed = newestBaselineFile(info);
        for (MigrationInfo migration : info.all()) {
            if (!migration.isVersioned() || baselineNotUsedHere(migration)
                    || squashedAway(migration, squashed)) {
                continue;
            }
            String state = MigrationEntry.state(migration);
            switch (state) {
                case "pending", "ignored" -> problems.add("pending: " + migration.getScript());
                case "failed" -> problems.add("failed: " + migration.getScript()
                        + " (fix it, then repair the history with db stamp or db downgrade)");
                case "missing" -> problems.add("applied but not found here: version " + migration.getVersion()
                        + " " + migration.getDescription() + " (a newer branch? downgrade there, or stamp)");
                default -> {
                    // applied, future, baseline: fine
                }
            }
        }
        for (ValidateOutput invalid : validation.invalidMigrations) {
            String detail = invalid.errorDetails == null ? "" : ": " + firstLine(invalid.errorDetails.errorMessage);
            problems.add("modified after it was applied: version " + invalid.version + " " + invalid.description + detail);
        }
        return problems;
    }

    /**
     * A baseline migration ({@code B<version>__...}) is for new databases: where the history
     * already holds versions Flyway ignores it, and that is the database being at head.
     */
    private static boolean baselineNotUsedHere(MigrationInfo migration) {
        return migration.getType().isBaseline() && migration.getState() == MigrationState.IGNORED;
    }

    /** An applied migration whose file was deleted after {@code db squash} folded it into a baseline migration. */
    private static boolean squashedAway(MigrationInfo migration, @Nullable MigrationVersion squashed) {
        return squashed != null && migration.getState() == MigrationState.MISSING_SUCCESS
                && !migration.getVersion().isNewerThan(squashed);
    }

    private static @Nullable MigrationVersion newestBaselineFile(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(m -> m.getType().isBaseline() && m.getState().isResolved())
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
