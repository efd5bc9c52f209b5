package dev.strata.schema;

/** What can go wrong when a change runs on a database that holds rows and serves traffic. */
public enum HazardKind {
    /** It can lose data: a dropped table, column or type, or a narrowing cast. */
    DELETES_DATA,
    /** It fails if existing rows do not fit: a NOT NULL or a constraint that checks them. */
    FAILS_ON_EXISTING_ROWS,
    /** An index builds on an existing table and blocks its writes meanwhile. */
    INDEX_BUILD,
    /** The table is rewritten under an ACCESS EXCLUSIVE lock. */
    TABLE_REWRITE
}
