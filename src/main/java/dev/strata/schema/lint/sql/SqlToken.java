package dev.strata.schema.lint.sql;

/**
 * One token of a statement.
 *
 * @param type what it is
 * @param text a word upper-cased; anything else as written (quotes included)
 * @param line its line in the file, from 1
 * @param offset where it starts in the file
 */
public record SqlToken(Type type, String text, int line, int offset) {

    /** The kinds of token the rules tell apart. */
    public enum Type {
        /** A keyword or an unquoted name. */
        WORD,
        /** A {@code "quoted"} identifier. */
        IDENTIFIER,
        /** A string literal or a dollar-quoted body. */
        STRING,
        NUMBER,
        /** Punctuation and operators, one character each. */
        SYMBOL
    }

    public boolean isWord(String word) {
        return type == Type.WORD && text.equals(word);
    }
}
