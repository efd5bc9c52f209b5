package dev.strata.schema.corpus;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.Script;
import dev.strata.schema.Rename;
import dev.strata.schema.RenameHint;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One real-world case on two built databases, {@code from} and {@code to}: the engine inspects
 * both and diffs them (timed: the engine time); {@code from} gets a row in every table it can
 * seed; the up script is applied to it; from must then equal to; the down script brings it back
 * to from's schema; the seeded rows are still there after each script, in every table that
 * exists on both sides. {@code from} is changed by the run; {@code to} is only read.
 */
final class CorpusCase {

    /** What a run measured. */
    record Outcome(long engineNanos, int changes, Map<String, String> unseeded) {
    }

    /** What the engine read and found. */
    private record Engine(SchemaModel from, SchemaModel to, DiffResult diff) {
    }

    /** A note for a table the case leaves empty. */
    private static final String NEW_NOT_NULL = "%s has NOT NULL column %s without a default: no tool keeps a row";

    private final String name;
    private String script = "(none applied yet)";

    CorpusCase(String name) {
        this.name = name;
    }

    Outcome run(ScratchDatabase from, ScratchDatabase to) {
        // -Dcorpus.repeat=N (bench/corpus.sh): the engine time is the fastest of N inspections and diffs.
        long engine = Long.MAX_VALUE;
        Engine run = null;
        for (int round = 0; round < Math.max(1, Integer.getInteger("corpus.repeat", 1)); round++) {
            long start = System.nanoTime();
            SchemaModel inspected = from.inspect();
            SchemaModel wanted = to.inspect();
            run = new Engine(inspected, wanted, compare(inspected, wanted));
            engine = Math.min(engine, System.nanoTime() - start);
        }
        SchemaModel before = run.from();
        SchemaModel target = run.to();
        DiffResult diff = run.diff();
        Map<QualifiedName, String> empty = tablesLeftEmpty(before, target);
        Seeder.Seeded seeded = step("seed a row into every table of from",
                () -> withoutRowsTheTargetRefuses(from, Seeder.seed(from, empty), before, target));
        List<QualifiedName> kept = seeded.tables().stream().filter(target.tables()::containsKey).toList();
        step("apply the up script to from", () -> apply(from, diff.up()));
        step("convergence: diff from (migrated) to to is empty", () -> assertEmpty(from.inspect(), target));
        step("the seeded rows survive the up script", () -> assertRows(from, kept));
        step("apply the down script", () -> apply(from, diff.down()));
        step("round trip: diff from (migrated back) to from's original schema is empty",
                () -> assertEmpty(from.inspect(), before));
        step("the seeded rows survive the down script", () -> assertRows(from, kept));
        return new Outcome(engine, diff.changes().size(), seeded.skipped());
    }

    /**
     * The seeded rows a CHECK constraint that only the target has refuses are deleted again: a
     * migration that adds the constraint fails on them whichever tool writes it (the corpus's own
     * step too), so they say nothing about the engine. Each such table is reported as unseeded.
     */
    private static Seeder.Seeded withoutRowsTheTargetRefuses(ScratchDatabase from, Seeder.Seeded seeded,
            SchemaModel before, SchemaModel target) {
        List<QualifiedName> kept = new java.util.ArrayList<>();
        Map<String, String> skipped = new java.util.LinkedHashMap<>(seeded.skipped());
        for (QualifiedName table : seeded.tables()) {
            String refusal = refusingCheck(from, table, before.tables().get(table), target.tables().get(table));
            if (refusal == null) {
                kept.add(table);
            } else {
                from.database().execute("DELETE FROM " + Sql.name(table));
                skipped.put(Sql.name(table), refusal);
            }
        }
        return new Seeder.Seeded(kept, skipped);
    }

    private static String refusingCheck(ScratchDatabase from, QualifiedName table, Table before, Table after) {
        if (before == null || after == null) {
            return null;
        }
        for (Constraint check : after.constraints()) {
            boolean added = check.kind() == Constraint.Kind.CHECK && before.constraints().stream()
                    .noneMatch(c -> c.name().equals(check.name()) && c.definition().equals(check.definition()));
            String definition = check.definition();
            if (!added || !definition.startsWith("CHECK ") || definition.endsWith(" NOT VALID")) {
                continue;
            }
            try {
                List<String> refused = from.database().column("SELECT count(*) FROM " + Sql.name(table)
                        + " WHERE NOT " + definition.substring("CHECK ".length()));
                if (!"0".equals(refused.getFirst())) {
                    return "the target's new check " + check.name() + " refuses the seeded row: no tool keeps it";
                }
            } catch (RuntimeException namesWhatFromLacks) {
                // The check names a column the target adds: the row cannot be tested here.
            }
        }
        return null;
    }

    /** The diff, with the renames the engine hints asserted, as a user following the hint does. */
    private static DiffResult compare(SchemaModel before, SchemaModel target) {
        DiffResult result = SchemaDiff.compare(before, target, DiffOptions.none());
        List<Rename> hinted = result.findings().stream().filter(RenameHint.class::isInstance)
                .map(f -> ((RenameHint) f).rename()).toList();
        return hinted.isEmpty() ? result : SchemaDiff.compare(before, target, new DiffOptions(hinted));
    }

    /**
     * Tables that must stay empty: one side has a NOT NULL column without a default (nor
     * identity, generated or serial) that the other lacks, so the up or the down script adds it,
     * which fails on a table with rows whichever tool writes it.
     */
    private static Map<QualifiedName, String> tablesLeftEmpty(SchemaModel from, SchemaModel to) {
        Map<QualifiedName, String> empty = new java.util.TreeMap<>();
        from.tables().forEach((name, table) -> {
            Table target = to.tables().get(name);
            if (target != null) {
                addedWithoutDefault(table, target).ifPresent(c -> empty.put(name, NEW_NOT_NULL.formatted("to", c)));
                addedWithoutDefault(target, table).ifPresent(c -> empty.put(name, NEW_NOT_NULL.formatted("from", c)));
            }
        });
        return empty;
    }

    private static java.util.Optional<String> addedWithoutDefault(Table before, Table after) {
        return after.columns().stream().filter(c -> c.notNull() && c.defaultExpression() == null
                && c.generated() == null && c.identity() == Column.Identity.NONE && !c.type().endsWith("serial"))
                .filter(c -> before.column(c.name()).isEmpty()).map(Column::name).findFirst();
    }

    private static void assertEmpty(SchemaModel actual, SchemaModel expected) {
        DiffResult left = SchemaDiff.compare(actual, expected, DiffOptions.none());
        if (!left.isEmpty()) {
            throw new AssertionError("remaining diff:\n" + left.up().text());
        }
    }

    private static void assertRows(ScratchDatabase database, List<QualifiedName> tables) {
        List<QualifiedName> lost = new ArrayList<>();
        for (QualifiedName table : tables) {
            if (Seeder.rows(database, table) < 1) {
                lost.add(table);
            }
        }
        if (!lost.isEmpty()) {
            throw new AssertionError("seeded rows lost in " + lost);
        }
    }

    private void apply(ScratchDatabase database, Script generated) {
        script = generated.text();
        database.apply(generated);
    }

    private <T> T step(String what, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(name + " failed at: " + what + ":\n" + e.getMessage()
                    + "\n--- last script applied:\n" + abbreviate(script), e);
        }
    }

    private void step(String what, Runnable body) {
        step(what, () -> {
            body.run();
            return null;
        });
    }

    private static String abbreviate(String text) {
        return text.length() <= 20_000 ? text : text.substring(0, 20_000) + "\n... (" + text.length() + " characters)";
    }
}
