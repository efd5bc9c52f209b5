package dev.strata.schema.lint.sql;

import java.util.List;

/** Building, dropping and refreshing indexes and materialized views. */
final class IndexRules {

    private static final String CONCURRENT_INDEX = "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email)";

    static final List<SqlRule> ALL = List.of(
            new SqlRule("require-concurrent-index-creation",
                    "CREATE INDEX blocks every write to the table (SHARE lock) until the index is built",
                    "CREATE INDEX CONCURRENTLY, in a migration of its own with executeInTransaction=false",
                    "CREATE INDEX users_email_idx ON users (email)", CONCURRENT_INDEX,
                    (s, c) -> createsIndex(s) && !s.has("CONCURRENTLY") && c.existing(s)),
            new SqlRule("require-concurrent-index-deletion",
                    "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: reads and writes wait",
                    "DROP INDEX CONCURRENTLY, in a migration of its own with executeInTransaction=false",
                    "DROP INDEX users_email_idx", "DROP INDEX CONCURRENTLY IF EXISTS users_email_idx",
                    (s, c) -> s.startsWith("DROP", "INDEX") && !s.at(2, "CONCURRENTLY")),
            new SqlRule("ban-concurrent-index-creation-in-transaction",
                    "CREATE or DROP INDEX CONCURRENTLY cannot run inside a transaction block: the migration fails",
                    "leave out BEGIN and COMMIT and give the migration executeInTransaction=false",
                    "BEGIN;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nCOMMIT", CONCURRENT_INDEX,
                    (s, c) -> s.has("INDEX", "CONCURRENTLY") && c.inTransaction()),
            new SqlRule("prefer-robust-stmts",
                    "a concurrent index build that fails leaves an invalid index behind, and a retry then fails on "
                            + "its name",
                    "IF NOT EXISTS on CREATE INDEX CONCURRENTLY, IF EXISTS on DROP INDEX CONCURRENTLY",
                    "CREATE INDEX CONCURRENTLY users_email_idx ON users (email)", CONCURRENT_INDEX,
                    (s, c) -> createsIndex(s) && s.has("CONCURRENTLY") && !s.has("IF", "NOT", "EXISTS")
                            || s.startsWith("DROP", "INDEX", "CONCURRENTLY") && !s.has("IF", "EXISTS")),
            new SqlRule("require-concurrent-refresh",
                    "REFRESH MATERIALIZED VIEW locks the view against reads until it is refilled",
                    "REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index)",
                    "REFRESH MATERIALIZED VIEW daily_totals", "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals",
                    (s, c) -> s.startsWith("REFRESH", "MATERIALIZED", "VIEW") && !s.at(3, "CONCURRENTLY")),
            new SqlRule("require-concurrent-reindex",
                    "REINDEX locks out writes to the table, and reads that use the index, while it rebuilds",
                    "REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction",
                    "REINDEX INDEX users_email_idx", "REINDEX INDEX CONCURRENTLY users_email_idx",
                    (s, c) -> s.startsWith("REINDEX") && !s.has("CONCURRENTLY")));

    private IndexRules() {
    }

    static boolean createsIndex(SqlStatement s) {
        return s.startsWith("CREATE", "INDEX") || s.startsWith("CREATE", "UNIQUE", "INDEX");
    }
}
