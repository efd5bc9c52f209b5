package dev.strata.migration;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/** What {@code db check} reports: each line one reason the database is not exactly at head. */
final class Check {

    private Check() {
    }

    static List<String> problems(MigrationInfoService info, ValidateResult validation) {
        List<String> problems = new ArrayList<>();
        for (MigrationInfo migration : info.all()) {
            if (!migration.isVersioned()) {
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

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
