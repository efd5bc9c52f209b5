package dev.strata.schema.lint.sql;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the statements before the current one in the same file did: the tables they created
 * (nobody else uses those yet, so locking them is harmless), whether a lock timeout was set,
 * whether an explicit transaction is open.
 */
public final class LintContext {

    private final Set<String> created = new HashSet<>();
    private boolean lockTimeout;
    private boolean inTransaction;

    /** Whether the statement is about a table that existed before this file: it may hold rows and be busy. */
    public boolean existing(SqlStatement statement) {
        String table = statement.table();
        return table != null && !created.contains(table);
    }

    public boolean lockTimeout() {
        return lockTimeout;
    }

    public boolean inTransaction() {
        return inTransaction;
    }

    /** Takes in what {@code statement} did, once the rules have seen it. */
    void after(SqlStatement statement) {
        @Nullable String table = statement.table();
        if (table != null && statement.startsWith("CREATE") && statement.has("TABLE")) {
            created.add(table);
        }
        if (statement.startsWith("SET", "LOCK_TIMEOUT") || statement.startsWith("SET", "LOCAL", "LOCK_TIMEOUT")
                || statement.startsWith("SET", "SESSION", "LOCK_TIMEOUT")) {
            lockTimeout = true;
        }
        if (StatementRules.transactionControl(statement)) {
            inTransaction = statement.startsWith("BEGIN") || statement.startsWith("START");
        }
    }
}
