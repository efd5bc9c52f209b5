package dev.strata.schema.diff;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites names inside definitions PostgreSQL decompiled, the way PostgreSQL itself does after
 * a RENAME: a renamed column inside a constraint or index, a renamed table in a reference.
 */
final class Identifiers {

    private Identifiers() {
    }

    /** A string literal or a quoted identifier as PostgreSQL decompiles them, quotes doubled. */
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"");

    /**
     * Replaces the identifier {@code old} (bare or quoted, not qualified, not a type after
     * {@code ::}, not in a string) with {@code name}.
     */
    static String replace(String text, String old, String name) {
        // A string may spell the name (a message, an enum label), so quoted tokens are matched whole.
        String quotedOld = '"' + old.replace("\"", "\"\"") + '"';
        StringBuilder result = new StringBuilder();
        Matcher token = QUOTED.matcher(text);
        int at = 0;
        while (token.find()) {
            result.append(replaceBare(text.substring(at, token.start()), old, name));
            boolean qualified = token.start() > 0 && ".:".indexOf(text.charAt(token.start() - 1)) >= 0;
            result.append(token.group().equals(quotedOld) && !qualified ? Sql.ident(name) : token.group());
            at = token.end();
        }
        return result.append(replaceBare(text.substring(at), old, name)).toString();
    }

    private static String replaceBare(String code, String old, String name) {
        if (!Sql.ident(old).equals(old)) {
            return code;
        }
        return code.replaceAll("(?<![\\w.$:])" + Pattern.quote(old) + "(?![\\w$])",
                Matcher.quoteReplacement(Sql.ident(name)));
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
