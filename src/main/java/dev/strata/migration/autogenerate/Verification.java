package dev.strata.migration.autogenerate;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.StrataException;
import java.util.stream.Collectors;

/**
 * Proves a generated pair of scripts before anything is written: the up script applied to a
 * database in the current state must leave nothing to diff against the models, and the down
 * script applied after it must bring back exactly the start.
 */
final class Verification {

    private Verification() {
    }

    /** Throws, explaining what is left over, when either script falls short; nothing is written then. */
    static void run(DatabaseSettings scratch, SchemaModel start, SchemaModel desired, DiffResult diff) {
        run(scratch, start, desired, diff, "the models", "The diff engine cannot express this change yet: write this "
                + "migration by hand (db revision -m) and report the case");
    }

    /**
     * The same, for scripts meant to reach {@code target} (named so in the message), with
     * {@code advice} for what the user can do when they fall short.
     */
    static void run(DatabaseSettings scratch, SchemaModel start, SchemaModel desired, DiffResult diff, String target,
            String advice) {
        Schemas.run(scratch, diff.up(), "verification: the up script");
        DiffResult left = Schemas.compare(scratch, Schemas.inspect(scratch, "the scratch database"), desired, DiffOptions.none());
        if (!left.isEmpty()) {
            throw failure("after the up script the schema still differs from " + target, left, advice);
        }
        Schemas.run(scratch, diff.down(), "verification: the down script");
        DiffResult back = Schemas.compare(scratch, Schemas.inspect(scratch, "the scratch database"), start, DiffOptions.none());
        if (!back.isEmpty()) {
            throw failure("after the down script the schema is not the one it started from", back, advice);
        }
    }

    /** The failure for a schema that still differs by {@code left}: nothing was written. */
    static StrataException failure(String what, DiffResult left, String advice) {
        String changes = left.changes().stream().map(Change::describe).collect(Collectors.joining("; "));
        return new StrataException("verification failed, nothing was written: " + what + " (still to do: " + changes
                + "). " + advice);
    }
}
