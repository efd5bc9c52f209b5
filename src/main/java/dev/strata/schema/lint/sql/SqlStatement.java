package dev.strata.schema.lint.sql;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a migration.
 *
 * @param text as written, without its semicolon
 * @param line the line it starts on, from 1
 * @param tokens its tokens, comments left out
 */
public record SqlStatement(String text, int line, List<SqlToken> tokens) {

    public SqlStatement {
        tokens = List.copyOf(tokens);
    }

    /** Whether it starts with these words. */
    public boolean startsWith(String... words) {
        return at(0, words);
    }

    /** Whether these words follow each other somewhere in it. */
    public boolean has(String... words) {
        return find(0, words) >= 0;
    }

    /** Where these words first follow each other from {@code from} on, or -1. */
    public int find(int from, String... words) {
        for (int i = from; i + words.length <= tokens.size(); i++) {
            if (at(i, words)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether these words come at {@code index}. */
    public boolean at(int index, String... words) {
        if (index < 0 || index + words.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(index + i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** The upper-cased text of the token at {@code index}, or "" past the end. */
    public String word(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).text() : "";
    }

    /**
     * The table the statement is about, lower-cased and unquoted as written ({@code app.orders}):
     * the name after {@code ALTER TABLE [IF EXISTS] [ONLY]}, {@code CREATE TABLE [IF NOT EXISTS]}
     * or an index's {@code ON [ONLY]}; null for other statements.
     */
    public @Nullable String table() {
        int index;
        if (startsWith("ALTER", "TABLE")) {
            index = skip(2, "IF", "EXISTS");
            index = skip(index, "ONLY");
        } else if (startsWith("CREATE", "TABLE") || startsWith("CREATE", "UNLOGGED", "TABLE")) {
            index = skip(find(0, "TABLE") + 1, "IF", "NOT", "EXISTS");
        } else if (startsWith("CREATE", "INDEX") || startsWith("CREATE", "UNIQUE", "INDEX")) {
            int on = find(0, "ON");
            index = on < 0 ? -1 : skip(on + 1, "ONLY");
        } else {
            return null;
        }
        return index < 0 ? null : name(index);
    }

    /** A possibly qualified name starting at {@code index}, lower-cased unless quoted. */
    private @Nullable String name(int index) {
        if (index >= tokens.size()) {
            return null;
        }
        StringBuilder name = new StringBuilder(part(tokens.get(index)));
        while (index + 2 < tokens.size() && tokens.get(index + 1).text().equals(".")) {
            name.append('.').append(part(tokens.get(index + 2)));
            index += 2;
        }
        String qualified = name.toString();
        return qualified.contains(".") ? qualified : "public." + qualified;
    }

    private static String part(SqlToken token) {
        return token.type() == SqlToken.Type.IDENTIFIER ? token.text().substring(1, token.text().length() - 1)
                : token.text().toLowerCase(Locale.ROOT);
    }

    private int skip(int index, String... words) {
        return at(index, words) ? index + words.length : index;
    }
}
