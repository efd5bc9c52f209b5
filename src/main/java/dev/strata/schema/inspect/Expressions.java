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
}
