package dev.strata.migration;

import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jspecify.annotations.Nullable;

/**
 * Turns Flyway's per-migration events into progress lines: n of N, script, time; or, terse, one
 * {@code Migrations applied n/N (t ms)} line per migration (building a scratch database, where the
 * scripts' names are not news).
 */
final class MigrationProgress implements Callback {

    private final Consumer<String> out;
    private final boolean terse;
    private int expected;
    private int started;
    private long startedAt;
    private @Nullable MigrationInfo current;

    MigrationProgress(Consumer<String> out, boolean terse) {
        this.out = out;
        this.terse = terse;
    }

    void expect(int pending) {
        expected = pending;
    }

    /** The migration that started last: the failed one when an upgrade fails. */
    @Nullable MigrationInfo current() {
        return current;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo info = context.getMigrationInfo();
        if (event == Event.BEFORE_EACH_MIGRATE) {
            current = info;
            started++;
            startedAt = System.nanoTime();
            if (!terse) {
                out.accept("Applying " + started + "/" + Math.max(expected, started) + ": " + info.getScript());
            }
            return;
        }
        long millis = (System.nanoTime() - startedAt) / 1_000_000;
        if (terse) {
            out.accept("Migrations applied " + started + "/" + Math.max(expected, started) + " (" + millis + " ms)");
        } else {
            out.accept("Applied " + started + "/" + Math.max(expected, started) + ": " + info.getScript()
                    + " in " + millis + " ms");
        }
    }

    @Override
    public String getCallbackName() {
        return "strata-progress";
    }
}
