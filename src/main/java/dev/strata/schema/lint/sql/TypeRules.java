package dev.strata.schema.lint.sql;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Column types in CREATE TABLE and ALTER TABLE ... ADD: the ones that cost a rewrite later. */
final class TypeRules {

    static final List<SqlRule> ALL = List.of(
            new SqlRule("prefer-bigint-over-int",
                    "an integer key runs out at 2.1 billion, and widening it later rewrites the table",
                    "bigint", "CREATE TABLE events (id integer PRIMARY KEY)", "CREATE TABLE events (id bigint PRIMARY KEY)",
                    declares(Set.of("INT", "INTEGER", "INT4"))),
            new SqlRule("prefer-bigint-over-smallint",
                    "a smallint runs out at 32767, and widening it later rewrites the table",
                    "bigint", "CREATE TABLE events (priority smallint)", "CREATE TABLE events (priority bigint)",
                    declares(Set.of("SMALLINT", "INT2"))),
            new SqlRule("prefer-identity",
                    "a serial column's sequence is a separate object with its own privileges and ownership",
                    "GENERATED ALWAYS AS IDENTITY", "CREATE TABLE events (id bigserial PRIMARY KEY)",
                    "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)",
                    declares(Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4", "SERIAL8"))),
            new SqlRule("prefer-text-field",
                    "changing a varchar's limit later can rewrite the table; text with a CHECK changes by a constraint",
                    "text, with a CHECK on its length if it needs one", "CREATE TABLE users (email varchar(255))",
                    "CREATE TABLE users (email text CHECK (length(email) <= 255))",
                    (s, c) -> typed(s) && (s.has("VARCHAR") || s.has("CHARACTER", "VARYING"))),
            new SqlRule("prefer-timestamptz",
                    "timestamp without time zone stores wall-clock time: the same value means different instants "
                            + "on servers and clients in different zones",
                    "timestamptz", "CREATE TABLE events (at timestamp)", "CREATE TABLE events (at timestamptz)",
                    (s, c) -> typed(s) && withoutTimeZone(s)),
            new SqlRule("ban-char-field",
                    "char(n) pads with spaces, which comparisons and lengths then have to work around",
                    "text, with a CHECK on its length if it needs one", "CREATE TABLE countries (code char(2))",
                    "CREATE TABLE countries (code text CHECK (length(code) = 2))",
                    (s, c) -> typed(s) && (s.has("CHAR") || s.has("BPCHAR") || character(s))));

    private TypeRules() {
    }

    /** A statement that declares column types: CREATE TABLE, or ALTER TABLE that adds or retypes a column. */
    private static boolean typed(SqlStatement s) {
        return s.startsWith("CREATE") && s.has("TABLE") && s.find(0, "TABLE") <= 2
                || s.startsWith("ALTER", "TABLE") && (s.has("ADD") || s.has("TYPE"));
    }

    private static SqlRule.Check declares(Set<String> types) {
        Predicate<SqlStatement> any = s -> s.tokens().stream().anyMatch(t -> t.type() == SqlToken.Type.WORD
                && types.contains(t.text()));
        return (s, c) -> typed(s) && any.test(s);
    }

    /** TIMESTAMP [(p)] not followed by WITH TIME ZONE. */
    private static boolean withoutTimeZone(SqlStatement s) {
        for (int i = s.find(0, "TIMESTAMP"); i >= 0; i = s.find(i + 1, "TIMESTAMP")) {
            int next = s.word(i + 1).equals("(") ? i + 4 : i + 1;
            if (!s.at(next, "WITH", "TIME", "ZONE")) {
                return true;
            }
        }
        return false;
    }

    /** CHARACTER not followed by VARYING. */
    private static boolean character(SqlStatement s) {
        for (int i = s.find(0, "CHARACTER"); i >= 0; i = s.find(i + 1, "CHARACTER")) {
            if (!s.at(i + 1, "VARYING")) {
                return true;
            }
        }
        return false;
    }
}
