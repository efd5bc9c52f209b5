package dev.strata.health;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one dependency check.
 *
 * @param ok whether the dependency answered in time
 * @param error what went wrong, for the health body; null when ok
 */
record Check(boolean ok, @Nullable String error) {

    static final Check OK = new Check(true, null);

    static Check failed(String error) {
        return new Check(false, error);
    }

    String word() {
        return ok ? "ok" : "down";
    }
}
