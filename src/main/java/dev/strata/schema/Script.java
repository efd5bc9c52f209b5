package dev.strata.schema;

import java.util.List;

/**
 * SQL statements in the order they must run.
 *
 * @param statements each a complete statement without the trailing semicolon
 * @param transactional false when it must run statement by statement (e.g. it adds an enum
 *     value and then uses it)
 * @param reason why it cannot run in one transaction, empty when it can
 */
public record Script(List<String> statements, boolean transactional, String reason) {

    public Script {
        statements = List.copyOf(statements);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /**
     * The script as text for psql: wrapped in BEGIN/COMMIT when it can run in one transaction,
     * else with a header comment saying why not.
     */
    public String text() {
        if (statements.isEmpty()) {
            return "";
        }
        StringBuilder sql = new StringBuilder();
        if (transactional) {
            sql.append("BEGIN;\n\n");
        } else {
            sql.append("-- This script cannot run in one transaction: ").append(reason).append('\n')
                    .append("-- Run it statement by statement (psql does, without --single-transaction).\n\n");
        }
        statements.forEach(statement -> sql.append(statement).append(";\n\n"));
        if (transactional) {
            sql.append("COMMIT;\n");
        }
        return sql.toString();
    }
}
