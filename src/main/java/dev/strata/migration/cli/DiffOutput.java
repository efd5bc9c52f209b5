package dev.strata.migration.cli;

import dev.strata.migration.autogenerate.FindingText;
import dev.strata.schema.DiffResult;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.ops.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code db diff} prints: the script, with its destructive statements turned into comments
 * for a run without --unsafe, or with --json the result as one JSON object.
 */
final class DiffOutput {

    private DiffOutput() {
    }

    /**
     * The {@code --json} shape of {@code db diff}: {@code changes} in the order they run, each
     * {@code {"change": describe, "destructive": bool}}; {@code findings}, the hazards and possible
     * renames as stderr prints them; {@code not_compared}, how many objects of each kind the diff
     * does not model by kind (the larger of the two sides' counts, empty when everything was
     * compared); {@code sql}, the script as it is printed without {@code --json} (destructive
     * statements commented out without {@code --unsafe}), null when none is printed.
     */
    static Map<String, Object> json(DiffResult result, @Nullable String sql) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("changes", result.changes().stream().map(c -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("change", c.describe());
            change.put("destructive", c.destructive());
            return change;
        }).toList());
        json.put("findings", FindingText.lines(result.findings()));
        json.put("not_compared", result.notCompared());
        json.put("sql", sql);
        return json;
    }

    static String withDestructiveCommented(DiffResult result) {
        StringBuilder sql = new StringBuilder()
                .append("-- Destructive statements are commented out (-- [destructive]); nothing here drops data.\n")
                .append("-- Review them, then run strata db diff again with --unsafe to include them.\n");
        if (!result.up().transactional()) {
            sql.append("-- This script cannot run in one transaction: ").append(result.up().reason()).append('\n');
        }
        sql.append('\n');
        SchemaDiff.preamble(result.changes()).forEach(setting -> sql.append(setting).append(";\n\n"));
        for (Change change : result.changes()) {
            for (String statement : SchemaDiff.statements(change)) {
                if (change.destructive()) {
                    sql.append("-- [destructive] ").append(statement.replace("\n", "\n-- ")).append(";\n\n");
                } else {
                    sql.append(statement).append(";\n\n");
                }
            }
        }
        return sql.toString();
    }
}
