package dev.strata.migration.cli;

import dev.strata.schema.DiffResult;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.ops.Change;

/** The script with its destructive statements turned into comments, for a run without --unsafe. */
final class DiffOutput {

    private DiffOutput() {
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
