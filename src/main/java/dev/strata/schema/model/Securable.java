package dev.strata.schema.model;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An object privileges are granted on.
 *
 * @param kind what it is; views and materialized views are {@link Kind#TABLE}s, as GRANT ... ON
 *     TABLE treats them
 * @param name its schema-qualified name; for a schema both parts are the schema's name
 * @param detail a column's name, or a routine's identity arguments (part of its key); else null
 */
public record Securable(Kind kind, QualifiedName name, @Nullable String detail) implements Comparable<Securable> {

    private static final Comparator<Securable> ORDER = Comparator.comparing(Securable::kind)
            .thenComparing(Securable::name).thenComparing(s -> Objects.requireNonNullElse(s.detail(), ""));

    /** The kinds of objects that carry privileges, with the keyword GRANT uses for them. */
    public enum Kind {
        SCHEMA("SCHEMA", "SCHEMAS"),
        TYPE("TYPE", "TYPES"),
        SEQUENCE("SEQUENCE", "SEQUENCES"),
        TABLE("TABLE", "TABLES"),
        COLUMN("TABLE", ""),
        FUNCTION("FUNCTION", "FUNCTIONS"),
        PROCEDURE("PROCEDURE", "FUNCTIONS");

        private final String keyword;
        private final String defaults;

        Kind(String keyword, String defaults) {
            this.keyword = keyword;
            this.defaults = defaults;
        }

        /** The word after ON in GRANT: a column's privileges are granted ON TABLE. */
        public String keyword() {
            return keyword;
        }

        /**
         * The object type ALTER DEFAULT PRIVILEGES names for objects of this kind ({@code TABLES},
         * ...), empty for columns, which take no default privileges.
         */
        public String defaults() {
            return defaults;
        }
    }

    public static Securable table(QualifiedName table) {
        return new Securable(Kind.TABLE, table, null);
    }

    public static Securable column(QualifiedName table, String column) {
        return new Securable(Kind.COLUMN, table, column);
    }

    public static Securable schema(String schema) {
        return new Securable(Kind.SCHEMA, new QualifiedName(schema, schema), null);
    }

    /** The object's SQL name after its GRANT keyword: {@code public.t}, {@code public.f(integer)}, {@code app}. */
    public String target() {
        return switch (kind) {
            case SCHEMA -> Sql.ident(name.schema());
            case FUNCTION, PROCEDURE -> Sql.name(name) + "(" + detail + ")";
            default -> Sql.name(name);
        };
    }

    @Override
    public int compareTo(Securable other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + switch (kind) {
            case SCHEMA -> name.schema();
            case COLUMN -> name + "." + detail;
            case FUNCTION, PROCEDURE -> name + "(" + detail + ")";
            default -> name.toString();
        };
    }
}
