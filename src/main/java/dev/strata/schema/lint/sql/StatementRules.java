package dev.strata.schema.lint.sql;

import java.util.List;

/** Drops, transactions, locks and maintenance commands. */
final class StatementRules {

    static final List<SqlRule> ALL = List.of(
            new SqlRule("ban-drop-table",
                    "the rows are gone, and the running application still queries the table",
                    "stop using the table in one release, drop it in a later one",
                    "DROP TABLE legacy_orders", "REVOKE ALL ON legacy_orders FROM app",
                    (s, c) -> s.startsWith("DROP", "TABLE")),
            new SqlRule("ban-drop-database",
                    "everything in it is gone", "drop databases by hand, never from a migration",
                    "DROP DATABASE analytics", "ALTER DATABASE analytics ALLOW_CONNECTIONS false",
                    (s, c) -> s.startsWith("DROP", "DATABASE")),
            new SqlRule("ban-drop-schema",
                    "every object in it is gone (all of them with CASCADE)",
                    "drop its objects one by one in migrations that say what each loses",
                    "DROP SCHEMA reporting CASCADE", "ALTER SCHEMA reporting RENAME TO reporting_unused",
                    (s, c) -> s.startsWith("DROP", "SCHEMA")),
            new SqlRule("ban-truncate-cascade",
                    "TRUNCATE ... CASCADE also empties every table that references it, however far",
                    "truncate the tables you mean, by name", "TRUNCATE users CASCADE", "TRUNCATE sessions",
                    (s, c) -> s.startsWith("TRUNCATE") && s.has("CASCADE")),
            new SqlRule("ban-delete-without-where",
                    "it deletes every row, and locks them all while it does",
                    "say which rows; delete a large set in batches",
                    "DELETE FROM sessions", "DELETE FROM sessions WHERE expires_at < now()",
                    (s, c) -> s.startsWith("DELETE") && !s.has("WHERE")),
            new SqlRule("transaction-nesting",
                    "Flyway already runs each migration in a transaction: BEGIN warns and COMMIT ends Flyway's early",
                    "leave transaction control to Flyway (executeInTransaction=false for what cannot run in one)",
                    "BEGIN;\nUPDATE users SET tier = 'free' WHERE tier IS NULL;\nCOMMIT",
                    "UPDATE users SET tier = 'free' WHERE tier IS NULL",
                    (s, c) -> transactionControl(s)),
            new SqlRule("require-lock-timeout",
                    "a statement that locks a busy table waits behind long queries, and every query after it waits "
                            + "behind it",
                    "SET lock_timeout (e.g. '5s') before it, and retry the migration when it times out",
                    "ALTER TABLE users ADD COLUMN bio text", "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN bio text",
                    (s, c) -> !c.lockTimeout() && locks(s, c)),
            new SqlRule("ban-lock-table",
                    "an explicit LOCK holds the table for the rest of the migration's transaction",
                    "let each statement take the lock it needs, with a lock_timeout",
                    "LOCK TABLE users IN ACCESS EXCLUSIVE MODE", "SET lock_timeout = '5s'",
                    (s, c) -> s.startsWith("LOCK")),
            new SqlRule("ban-vacuum-full",
                    "VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock",
                    "plain VACUUM; pg_repack when the table must shrink", "VACUUM FULL users", "VACUUM (ANALYZE) users",
                    (s, c) -> s.startsWith("VACUUM") && s.has("FULL") || s.startsWith("CLUSTER")),
            new SqlRule("ban-alter-domain-with-add-constraint",
                    "the new check is validated against every column that uses the domain, under locks on their tables",
                    "add it NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration",
                    "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%')",
                    "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%') NOT VALID",
                    (s, c) -> s.startsWith("ALTER", "DOMAIN") && s.has("ADD") && !s.has("NOT", "VALID")),
            new SqlRule("ban-create-domain-with-constraint",
                    "a domain's check cannot be changed later without validating every column that uses it",
                    "a plain domain, with CHECK constraints on the tables", "CREATE DOMAIN email AS text CHECK (VALUE "
                            + "LIKE '%@%')", "CREATE DOMAIN email AS text",
                    (s, c) -> s.startsWith("CREATE", "DOMAIN") && s.has("CHECK")));

    private StatementRules() {
    }

    /** BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK: a statement of its own, not BEGIN ATOMIC in a body. */
    static boolean transactionControl(SqlStatement s) {
        return s.startsWith("BEGIN") || s.startsWith("START", "TRANSACTION") || s.startsWith("COMMIT")
                || s.startsWith("END") || s.startsWith("ROLLBACK") && !s.has("TO");
    }

    /** Statements that take a lock on a table that existed before the migration and may be busy. */
    private static boolean locks(SqlStatement s, LintContext c) {
        return s.startsWith("ALTER", "TABLE") && c.existing(s)
                || IndexRules.createsIndex(s) && !s.has("CONCURRENTLY") && c.existing(s)
                || s.startsWith("DROP", "TABLE") || s.startsWith("DROP", "INDEX") && !s.at(2, "CONCURRENTLY")
                || s.startsWith("TRUNCATE") || s.startsWith("LOCK") || s.startsWith("CREATE", "TRIGGER")
                || s.startsWith("CREATE", "OR", "REPLACE", "TRIGGER");
    }
}
