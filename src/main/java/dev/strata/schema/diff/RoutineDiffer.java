package dev.strata.schema.diff;

import dev.strata.schema.model.Routine;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.ReplaceRoutine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares functions and procedures by signature. A changed body is replaced in place; what
 * CREATE OR REPLACE refuses to change (the result type, function versus procedure, the names and
 * defaults of the parameters) is dropped and created, and so is a routine whose signature names a
 * type that is recreated (created as one that needs the tables, after the type is).
 */
final class RoutineDiffer {

    private RoutineDiffer() {
    }

    public static List<Change> diff(SchemaModel from, SchemaModel to) {
        return diff(from, to, Set.of());
    }

    /**
     * @param recreatedTypes the types dropped and created again (an enum that loses or reorders
     *     values, or gains one, which its reverse takes away), as SQL names: a routine whose
     *     signature names one cannot outlive the old type, so it is dropped before and created
     *     again once the new type and the tables are there
     */
    public static List<Change> diff(SchemaModel from, SchemaModel to, Set<String> recreatedTypes) {
        Matching<Routine> routines = Matching.byKey(from.routines().values(), to.routines().values(),
                Routine::signature);
        List<Change> changes = new ArrayList<>();
        routines.removed().forEach(routine -> changes.add(new DropRoutine(routine)));
        for (Matching.Both<Routine> both : routines.kept()) {
            if (namesAny(both.to(), recreatedTypes)) {
                Routine target = both.to();
                changes.add(new DropRoutine(both.from()));
                changes.add(new CreateRoutine(new Routine(target.name(), target.arguments(), target.procedure(),
                        target.result(), target.definition(), true)));
                continue;
            }
            if (both.from().equals(both.to())) {
                continue;
            }
            if (replaceable(both.from(), both.to())) {
                changes.add(new ReplaceRoutine(both.from(), both.to()));
            } else {
                changes.add(new DropRoutine(both.from()));
                changes.add(new CreateRoutine(both.to()));
            }
        }
        routines.added().forEach(routine -> changes.add(new CreateRoutine(routine)));
        return changes;
    }

    /**
     * Replaces in {@code changes} each in-place replacement of a routine whose old SQL-standard
     * body reads a table that is dropped or loses a column by a drop and a create: PostgreSQL
     * binds such a body to the columns it reads and refuses to drop them while it does, and the
     * replacement would only come once the tables are settled.
     */
    static void recreatingTableReaders(List<TablePair> pairs, List<Change> changes) {
        List<String> shrinking = pairs.stream()
                .filter(pair -> pair.from() != null && (pair.to() == null || RebuiltTables.losesAColumn(pair)))
                .map(pair -> dev.strata.schema.model.Sql.name(java.util.Objects.requireNonNull(pair.from()).name()))
                .toList();
        if (shrinking.isEmpty()) {
            return;
        }
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof ReplaceRoutine replace && replace.from().usesTables()
                    && shrinking.stream().anyMatch(table -> replace.from().definition().contains(table))) {
                changes.set(i, new DropRoutine(replace.from()));
                changes.add(i + 1, new CreateRoutine(replace.to()));
            }
        }
    }

    /** Whether the routine's arguments or result name one of {@code types} (alone or as an array). */
    private static boolean namesAny(Routine routine, Set<String> types) {
        String signature = routine.arguments() + ", " + routine.result();
        return types.stream().anyMatch(type -> Pattern.compile("(^|[^\\w.\"])" + Pattern.quote(type) + "($|[^\\w.\"])")
                .matcher(signature).find());
    }

    private static boolean replaceable(Routine from, Routine to) {
        return from.procedure() == to.procedure() && from.result().equals(to.result())
                && header(from).equals(header(to));
    }

    /**
     * The first line of pg_get_functiondef: {@code CREATE OR REPLACE FUNCTION name(arguments)}
     * with every parameter's mode, name and default, which the signature alone does not hold.
     */
    private static String header(Routine routine) {
        String definition = routine.definition();
        int end = definition.indexOf('\n');
        return end < 0 ? definition : definition.substring(0, end);
    }
}
