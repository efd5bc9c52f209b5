package dev.strata.schema.diff;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.render.Sql;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites names inside definitions PostgreSQL decompiled, the way PostgreSQL itself does after
 * a RENAME: a renamed column inside a constraint or index, a renamed table in a reference.
 */
final class Identifiers {

    private Identifiers() {
    }

    /** Replaces the identifier {@code old} (bare or quoted, not qualified, not in a string) with {@code name}. */
    static String replace(String text, String old, String name) {
        String replacement = Matcher.quoteReplacement(Sql.ident(name));
        String quoted = Pattern.quote('"' + old.replace("\"", "\"\"") + '"');
        String result = text.replaceAll("(?<![.'])" + quoted, replacement);
        if (Sql.ident(old).equals(old)) {
            result = result.replaceAll("(?<![\\w.\"$'])" + Pattern.quote(old) + "(?![\\w\"$'])", replacement);
        }
        return result;
    }

    /** Replaces the qualified table name {@code old} with {@code name} wherever it is written. */
    static String replaceTable(String text, QualifiedName old, QualifiedName name) {
        return text.replaceAll(Pattern.quote(Sql.name(old)) + "(?![\\w\"$])", Matcher.quoteReplacement(Sql.name(name)));
    }

    /** In {@code REFERENCES table(a, b)}, renames the referenced column {@code old}. */
    static String replaceReferencedColumn(String definition, QualifiedName table, String old, String name) {
        Matcher matcher = Pattern.compile(Pattern.quote("REFERENCES " + Sql.name(table) + "(") + "([^)]*)\\)")
                .matcher(definition);
        if (!matcher.find()) {
            return definition;
        }
        String columns = replace(matcher.group(1), old, name);
        return definition.substring(0, matcher.start(1)) + columns + definition.substring(matcher.end(1));
    }
}
