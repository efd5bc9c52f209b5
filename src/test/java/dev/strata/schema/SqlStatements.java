package dev.strata.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a SQL script into statements where psql would: at semicolons outside comments,
 * string literals, quoted identifiers, dollar-quoted bodies and parentheses, and outside the
 * {@code BEGIN ATOMIC ... END} body of a SQL-standard function. Each statement is returned
 * without its trailing semicolon and without the comments and blanks around it (a trailing
 * line comment would otherwise swallow a semicolon appended later); statements that are empty
 * or only comments are dropped. psql's backslash meta-commands are not understood.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    /** The statements of {@code script}, in order. */
    public static List<String> split(String script) {
        return new Scanner(script).statements();
    }

    /** One pass over the script; tokens are only as fine as splitting needs. */
    private static final class Scanner {

        private final String sql;
        private final List<String> statements = new ArrayList<>();
        private int position;
        /** Where the current statement's first token starts, -1 before it. */
        private int start = -1;
        /** Where its last token so far ends. */
        private int end;
        private int parenDepth;
        private int beginDepth;
        /** The statement's first words, one letter each, to recognise CREATE [OR REPLACE] FUNCTION. */
        private final StringBuilder head = new StringBuilder();

        Scanner(String sql) {
            this.sql = sql;
        }

        List<String> statements() {
            while (position < sql.length()) {
                step();
            }
            finish();
            return statements;
        }

        private void step() {
            char c = sql.charAt(position);
            if (c == '-' && at(position + 1) == '-') {
                skipLineComment();
            } else if (c == '/' && at(position + 1) == '*') {
                skipBlockComment();
            } else if (Character.isWhitespace(c)) {
                position++;
            } else if (c == ';' && parenDepth == 0 && beginDepth == 0) {
                finish();
                position++;
            } else {
                int tokenStart = position;
                token(c);
                if (start < 0) {
                    start = tokenStart;
                }
                end = position;
            }
        }

        private void token(char c) {
            switch (c) {
                case '\'' -> quoted('\'', false);
                case '"' -> quoted('"', false);
                case '$' -> dollar();
                case '(' -> {
                    parenDepth++;
                    position++;
                }
                case ')' -> {
                    parenDepth = Math.max(0, parenDepth - 1);
                    position++;
                }
                default -> {
                    if (isWordStart(c)) {
                        word();
                    } else {
                        position++;
                    }
                }
            }
        }

        /** A literal or identifier from its opening quote; doubled quotes (and escapes in E'') continue it. */
        private void quoted(char quote, boolean backslashEscapes) {
            position++;
            while (position < sql.length()) {
                char c = sql.charAt(position++);
                if (backslashEscapes && c == '\\') {
                    position++;
                } else if (c == quote) {
                    if (at(position) != quote) {
                        return;
                    }
                    position++;
                }
            }
        }

        private void dollar() {
            int close = sql.indexOf('$', position + 1);
            if (close < 0 || !isTag(sql.substring(position + 1, close))) {
                position++;
                return;
            }
            String tag = sql.substring(position, close + 1);
            int closing = sql.indexOf(tag, close + 1);
            position = closing < 0 ? sql.length() : closing + tag.length();
        }

        private void word() {
            int wordStart = position;
            while (position < sql.length() && isWordPart(sql.charAt(position))) {
                position++;
            }
            String word = sql.substring(wordStart, position).toLowerCase(Locale.ROOT);
            if (word.equals("e") && at(position) == '\'') {
                quoted('\'', true);
                return;
            }
            if (head.length() < 4) {
                head.append(switch (word) {
                    case "create", "or", "replace", "function", "procedure" -> word.charAt(0);
                    default -> '-';
                });
            }
            if (parenDepth == 0 && isRoutineHead()) {
                trackBeginEnd(word);
            }
        }

        /** psql's rule: in CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN (ATOMIC) opens a body that END closes. */
        private void trackBeginEnd(String word) {
            switch (word) {
                case "begin" -> beginDepth++;
                case "case" -> beginDepth += beginDepth > 0 ? 1 : 0;
                case "end" -> beginDepth = Math.max(0, beginDepth - 1);
                default -> {
                    // other words do not nest
                }
            }
        }

        private boolean isRoutineHead() {
            String words = head.toString();
            return words.startsWith("cf") || words.startsWith("cp") || words.startsWith("corf")
                    || words.startsWith("corp");
        }

        private void skipLineComment() {
            int newline = sql.indexOf('\n', position);
            position = newline < 0 ? sql.length() : newline + 1;
        }

        /** Block comments nest in PostgreSQL, unlike in C. */
        private void skipBlockComment() {
            int depth = 0;
            while (position < sql.length()) {
                if (sql.startsWith("/*", position)) {
                    depth++;
                    position += 2;
                } else if (sql.startsWith("*/", position)) {
                    position += 2;
                    if (--depth == 0) {
                        return;
                    }
                } else {
                    position++;
                }
            }
        }

        private void finish() {
            if (start >= 0) {
                statements.add(sql.substring(start, end));
            }
            start = -1;
            parenDepth = 0;
            beginDepth = 0;
            head.setLength(0);
        }

        private char at(int index) {
            return index < sql.length() ? sql.charAt(index) : '\0';
        }

        private static boolean isTag(String tag) {
            return tag.isEmpty()
                    || isWordStart(tag.charAt(0)) && tag.chars().allMatch(c -> isWordPart((char) c) && c != '$');
        }

        private static boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_' || c > 127;
        }

        private static boolean isWordPart(char c) {
            return isWordStart(c) || Character.isDigit(c) || c == '$';
        }
    }
}
