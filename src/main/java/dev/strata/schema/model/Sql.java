package dev.strata.schema.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Quoting of identifiers and literals, as PostgreSQL's quote_ident and quote_literal do. */
public final class Sql {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * Key words quote_ident quotes: every one but the unreserved (pg_get_keywords() categories R, T
     * and C). The same text as PostgreSQL's is what lets a rewritten definition or a type name be
     * compared with one PostgreSQL printed.
     */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
            "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral",
            "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order",
            "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric",
            "system_user", "table", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
            "when", "where", "window", "with", "authorization", "binary", "collation", "concurrently", "cross",
            "current_schema", "freeze", "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural",
            "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose",
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
            "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "least", "national",
            "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row",
            "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
            "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse",
            "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private Sql() {
    }

    /** An identifier, quoted only when it must be. */
    public static String ident(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted only when it must be. */
    public static String name(QualifiedName name) {
        return ident(name.schema()) + "." + ident(name.name());
    }

    /** A string literal; backslashes are plain characters (standard_conforming_strings). */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
