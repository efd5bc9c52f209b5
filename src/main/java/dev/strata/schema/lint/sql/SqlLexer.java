package dev.strata.schema.lint.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Cuts SQL into statements of tokens the way PostgreSQL's scanner does for what the rules need:
 * comments ({@code --}, nested {@code /* *\/}) are skipped; string literals ({@code '...'},
 * {@code E'...'}), quoted identifiers and dollar-quoted bodies are single tokens, so a semicolon
 * inside them ends nothing; a {@code BEGIN ATOMIC ... END} body is kept in its statement.
 */
public final class SqlLexer {

    private final String sql;
    private int position;
    private int line = 1;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /** The statements of {@code sql}, in order, empty ones left out. */
    public static List<SqlStatement> statements(String sql) {
        return new SqlLexer(sql).split();
    }

    private List<SqlStatement> split() {
        List<SqlStatement> statements = new ArrayList<>();
        List<SqlToken> tokens = new ArrayList<>();
        int start = -1;
        int atomic = 0;
        SqlToken token;
        while ((token = next()) != null) {
            if (tokens.isEmpty() && start < 0) {
                start = token.offset();
            }
            if (token.isWord("ATOMIC") && !tokens.isEmpty() && tokens.getLast().isWord("BEGIN")) {
                atomic++;
            } else if (atomic > 0 && token.isWord("END")) {
                atomic--;
            }
            if (token.text().equals(";") && atomic == 0) {
                add(statements, tokens, start, token.offset());
                tokens = new ArrayList<>();
                start = -1;
            } else {
                tokens.add(token);
            }
        }
        add(statements, tokens, start, sql.length());
        return statements;
    }

    private void add(List<SqlStatement> statements, List<SqlToken> tokens, int start, int end) {
        if (!tokens.isEmpty()) {
            statements.add(new SqlStatement(sql.substring(start, end).strip(), tokens.getFirst().line(), tokens));
        }
    }

    private @Nullable SqlToken next() {
        skipSpaceAndComments();
        if (position >= sql.length()) {
            return null;
        }
        int start = position;
        int startLine = line;
        char c = sql.charAt(position);
        SqlToken.Type type;
        if (c == '\'' || (c == 'E' || c == 'e') && peek(1) == '\'') {
            boolean escapes = c != '\'';
            position += escapes ? 1 : 0;
            quoted('\'', escapes);
            type = SqlToken.Type.STRING;
        } else if (c == '"') {
            quoted('"', false);
            type = SqlToken.Type.IDENTIFIER;
        } else if (c == '$' && dollarTag() instanceof String tag) {
            dollarQuoted(tag);
            type = SqlToken.Type.STRING;
        } else if (Character.isLetter(c) || c == '_') {
            while (position < sql.length() && (Character.isLetterOrDigit(sql.charAt(position))
                    || sql.charAt(position) == '_' || sql.charAt(position) == '$')) {
                position++;
            }
            type = SqlToken.Type.WORD;
        } else if (Character.isDigit(c)) {
            while (position < sql.length() && (Character.isDigit(sql.charAt(position)) || sql.charAt(position) == '.')) {
                position++;
            }
            type = SqlToken.Type.NUMBER;
        } else {
            position++;
            type = SqlToken.Type.SYMBOL;
        }
        String text = sql.substring(start, position);
        return new SqlToken(type, type == SqlToken.Type.WORD ? text.toUpperCase(Locale.ROOT) : text, startLine, start);
    }

    private void skipSpaceAndComments() {
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (c == '-' && peek(1) == '-') {
                while (position < sql.length() && sql.charAt(position) != '\n') {
                    position++;
                }
            } else if (c == '/' && peek(1) == '*') {
                int depth = 0;
                do {
                    if (sql.startsWith("/*", position)) {
                        depth++;
                        position += 2;
                    } else if (sql.startsWith("*/", position)) {
                        depth--;
                        position += 2;
                    } else {
                        advance();
                    }
                } while (depth > 0 && position < sql.length());
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    /**
     * A quoted token; a doubled quote is the quote itself, a backslash escapes in an {@code E''}
     * string, and an unterminated one runs to the end.
     */
    private void quoted(char quote, boolean escapes) {
        position++;
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (c == '\\' && escapes) {
                position++;
            } else if (c == quote) {
                if (peek(1) != quote) {
                    position++;
                    return;
                }
                position++;
            }
            advance();
        }
    }

    private @Nullable String dollarTag() {
        int end = position + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return end < sql.length() && sql.charAt(end) == '$' && !Character.isDigit(peek(1)) ? sql.substring(position, end + 1)
                : null;
    }

    private void dollarQuoted(String tag) {
        int end = sql.indexOf(tag, position + tag.length());
        int stop = end < 0 ? sql.length() : end + tag.length();
        while (position < stop) {
            advance();
        }
    }

    private void advance() {
        if (sql.charAt(position) == '\n') {
            line++;
        }
        position++;
    }

    private char peek(int ahead) {
        return position + ahead < sql.length() ? sql.charAt(position + ahead) : '\0';
    }
}
