package dev.strata.schema.inspect;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Canonical spellings of default expressions PostgreSQL keeps apart although they mean the
 * same: {@code CURRENT_TIMESTAMP} and {@code now()} return the same value, yet it decompiles
 * each as written.
 */
final class Expressions {

    private static final Map<String, String> SYNONYMS = Map.of(
            "CURRENT_TIMESTAMP", "now()",
            "transaction_timestamp()", "now()");

    private Expressions() {
    }

    static @Nullable String canonical(@Nullable String expression) {
        return expression == null ? null : SYNONYMS.getOrDefault(expression, expression);
    }

    /**
     * Text PostgreSQL printed with each synonym of {@code now()} spelled {@code now()}, wherever
     * it stands in the expression; string literals and quoted identifiers are left alone.
     * {@code CURRENT_TIMESTAMP(p)} rounds, so it is not a synonym.
     */
    static String synonyms(String printed) {
        StringBuilder out = new StringBuilder(printed.length());
        int i = 0;
        while (i < printed.length()) {
            char c = printed.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(printed, i, c);
                out.append(printed, i, end);
                i = end;
                continue;
            }
            boolean wordStart = i == 0 || !word(printed.charAt(i - 1));
            String synonym = wordStart ? synonymAt(printed, i) : null;
            if (synonym != null) {
                out.append("now()");
                i += synonym.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static @Nullable String synonymAt(String text, int at) {
        for (String synonym : SYNONYMS.keySet()) {
            int end = at + synonym.length();
            if (text.startsWith(synonym, at) && (end == text.length() || !word(text.charAt(end)) && text.charAt(end) != '(')) {
                return synonym;
            }
        }
        return null;
    }

    /** The index after the literal or quoted identifier opening at {@code start}; a doubled quote is one character. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
