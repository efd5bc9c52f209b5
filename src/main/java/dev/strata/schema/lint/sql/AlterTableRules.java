package dev.strata.schema.lint.sql;

import java.util.List;
import java.util.Set;

/** ALTER TABLE on a table that existed before the migration: constraints and columns. */
final class AlterTableRules {

    /** Functions that give every row its own value, so a column with one as its default rewrites the table. */
    private static final Set<String> VOLATILE = Set.of("NEXTVAL", "RANDOM", "CLOCK_TIMESTAMP", "TIMEOFDAY",
            "GEN_RANDOM_UUID", "UUID_GENERATE_V1", "UUID_GENERATE_V4", "UUIDV4", "UUIDV7");

    /** What may follow ADD when it adds a constraint rather than a column. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN",
            "EXCLUDE");

    static final List<SqlRule> ALL = List.of(
            new SqlRule("adding-foreign-key-constraint",
                    "a new foreign key blocks writes to both tables (SHARE ROW EXCLUSIVE) while it checks every row",
                    "add it NOT VALID, then VALIDATE CONSTRAINT in a later migration (that takes a weaker lock)",
                    "ALTER TABLE orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES users (id)",
                    "ALTER TABLE orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES users (id) "
                            + "NOT VALID",
                    (s, c) -> altersExisting(s, c) && s.has("REFERENCES") && !s.has("NOT", "VALID")),
            new SqlRule("constraint-missing-not-valid",
                    "a new CHECK scans the whole table under an ACCESS EXCLUSIVE lock",
                    "add it NOT VALID, then VALIDATE CONSTRAINT in a later migration",
                    "ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0)",
                    "ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0) NOT VALID",
                    (s, c) -> altersExisting(s, c) && addsConstraint(s) && s.has("CHECK") && !s.has("NOT", "VALID")),
            new SqlRule("disallowed-unique-constraint",
                    "a new UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock",
                    "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX",
                    "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)",
                    "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx",
                    (s, c) -> altersExisting(s, c) && s.has("UNIQUE") && !s.has("USING", "INDEX")),
            new SqlRule("adding-serial-primary-key-field",
                    "a new primary key builds its index under an ACCESS EXCLUSIVE lock (and a serial one rewrites "
                            + "the table)",
                    "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX",
                    "ALTER TABLE events ADD PRIMARY KEY (id)",
                    "ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX events_id_idx",
                    (s, c) -> altersExisting(s, c) && s.has("PRIMARY", "KEY") && !s.has("USING", "INDEX")),
            new SqlRule("adding-exclusion-constraint",
                    "a new exclusion constraint builds its index and checks every row under an ACCESS EXCLUSIVE lock, "
                            + "and cannot be added NOT VALID",
                    "create the table with it, or add it when the table can be locked for as long as the build takes",
                    "ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)",
                    "CREATE TABLE bookings (room bigint, during tstzrange, EXCLUDE USING gist (room WITH =, during "
                            + "WITH &&))",
                    (s, c) -> altersExisting(s, c) && s.has("EXCLUDE")),
            new SqlRule("adding-not-nullable-field",
                    "a NOT NULL column without a default fails on a table that has rows",
                    "give it a default, or add it nullable, backfill it, then set NOT NULL",
                    "ALTER TABLE users ADD COLUMN tier text NOT NULL",
                    "ALTER TABLE users ADD COLUMN tier text NOT NULL DEFAULT 'free'",
                    (s, c) -> altersExisting(s, c) && addsColumn(s) && s.has("NOT", "NULL") && !s.has("DEFAULT")),
            new SqlRule("adding-field-with-default",
                    "a volatile default gives every existing row its own value: the table is rewritten under an "
                            + "ACCESS EXCLUSIVE lock",
                    "add the column without the default, backfill in batches, then SET DEFAULT",
                    "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()",
                    "ALTER TABLE users ADD COLUMN token uuid",
                    (s, c) -> altersExisting(s, c) && addsColumn(s) && volatileDefault(s)),
            new SqlRule("adding-generated-field",
                    "a stored generated or identity column is computed for every existing row: the table is "
                            + "rewritten under an ACCESS EXCLUSIVE lock",
                    "add a plain column, backfill it in batches, and fill it with a trigger",
                    "ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED",
                    "ALTER TABLE orders ADD COLUMN total_cents bigint",
                    (s, c) -> altersExisting(s, c) && addsColumn(s) && s.has("GENERATED")),
            new SqlRule("setting-not-nullable-field",
                    "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
                    "add CHECK (column IS NOT NULL) NOT VALID, validate it in a later migration, then SET NOT NULL "
                            + "(PostgreSQL 12+ then skips the scan)",
                    "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
                    "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID",
                    (s, c) -> altersExisting(s, c) && s.has("SET", "NOT", "NULL")),
            new SqlRule("changing-column-type",
                    "most type changes rewrite the table, and its indexes, under an ACCESS EXCLUSIVE lock",
                    "add a column of the new type, backfill it, switch the code, then drop the old one",
                    "ALTER TABLE users ALTER COLUMN id TYPE bigint",
                    "ALTER TABLE users ADD COLUMN id_new bigint",
                    (s, c) -> altersExisting(s, c) && changesType(s)),
            new SqlRule("ban-drop-column",
                    "the running application still reads and writes the column until it is deployed without it",
                    "stop using the column in one release, drop it in a later one",
                    "ALTER TABLE users DROP COLUMN nickname",
                    "COMMENT ON COLUMN users.nickname IS 'unused since 2.4; dropped in a later release'",
                    (s, c) -> altersExisting(s, c) && s.has("DROP", "COLUMN")),
            new SqlRule("ban-drop-not-null",
                    "code that has not been deployed yet may rely on the column never being NULL",
                    "drop NOT NULL only once every reader handles NULL",
                    "ALTER TABLE users ALTER COLUMN email DROP NOT NULL",
                    "ALTER TABLE users ALTER COLUMN email SET DEFAULT ''",
                    (s, c) -> altersExisting(s, c) && s.has("DROP", "NOT", "NULL")),
            new SqlRule("renaming-column",
                    "the running application still uses the old name until it is deployed with the new one",
                    "add the new column, write both, backfill, switch reads, drop the old one later",
                    "ALTER TABLE users RENAME COLUMN name TO full_name",
                    "ALTER TABLE users ADD COLUMN full_name text",
                    (s, c) -> altersExisting(s, c) && renamesColumn(s)),
            new SqlRule("renaming-table",
                    "the running application still uses the old name until it is deployed with the new one",
                    "keep the old name as a view over the renamed table until every reader has moved",
                    "ALTER TABLE users RENAME TO accounts",
                    "CREATE VIEW accounts AS SELECT * FROM users",
                    (s, c) -> altersExisting(s, c) && s.has("RENAME", "TO") && !renamesColumn(s)
                            && !s.has("RENAME", "CONSTRAINT")),
            new SqlRule("changing-table-logging",
                    "SET LOGGED and SET UNLOGGED rewrite the table under an ACCESS EXCLUSIVE lock",
                    "create the table as it should be, or switch it when it can be locked for as long as a copy takes",
                    "ALTER TABLE events SET UNLOGGED",
                    "CREATE UNLOGGED TABLE events_cache (id bigint)",
                    (s, c) -> altersExisting(s, c) && (s.has("SET", "LOGGED") || s.has("SET", "UNLOGGED"))));

    private AlterTableRules() {
    }

    static boolean altersExisting(SqlStatement s, LintContext c) {
        return s.startsWith("ALTER", "TABLE") && c.existing(s);
    }

    private static boolean addsConstraint(SqlStatement s) {
        return s.has("ADD", "CONSTRAINT") || s.has("ADD", "CHECK");
    }

    /** ADD COLUMN, or ADD followed by a name rather than a constraint keyword. */
    private static boolean addsColumn(SqlStatement s) {
        for (int i = s.find(0, "ADD"); i >= 0; i = s.find(i + 1, "ADD")) {
            if (!CONSTRAINT_WORDS.contains(s.word(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean volatileDefault(SqlStatement s) {
        for (int i = s.find(0, "DEFAULT"); i >= 0 && i + 1 < s.tokens().size(); i++) {
            if (VOLATILE.contains(s.word(i)) && s.word(i + 1).equals("(")) {
                return true;
            }
        }
        return false;
    }

    private static boolean changesType(SqlStatement s) {
        if (s.has("SET", "DATA", "TYPE")) {
            return true;
        }
        for (int i = s.find(2, "ALTER"); i >= 0; i = s.find(i + 1, "ALTER")) {
            int column = s.at(i + 1, "COLUMN") ? i + 2 : i + 1;
            if (s.at(column + 1, "TYPE")) {
                return true;
            }
        }
        return false;
    }

    /** RENAME COLUMN a TO b, or RENAME a TO b. */
    private static boolean renamesColumn(SqlStatement s) {
        int rename = s.find(0, "RENAME");
        return rename >= 0 && (s.at(rename + 1, "COLUMN") || s.at(rename + 2, "TO") && !s.at(rename + 1, "CONSTRAINT"));
    }
}
