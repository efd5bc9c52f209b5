package dev.strata.schema.diff;

import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ConstraintChange.RenameConstraint;
import dev.strata.schema.ops.ConstraintChange.RenameIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Constraints and indexes, matched by name and compared by definition. One that only changed
 * its name (same definition) is renamed rather than rebuilt. A created or dropped table's are
 * listed too, so reversing a table drop restores them.
 */
final class ConstraintDiffer {

    private static final java.util.regex.Pattern INDEX_NAME = java.util.regex.Pattern.compile("INDEX \\S+ ON ");

    private ConstraintDiffer() {
    }

    static List<Change> diff(TablePair pair) {
        return diff(pair, Renamer.none());
    }

    static List<Change> diff(TablePair pair, Renamer renames) {
        Table from = pair.from();
        Table to = pair.to();
        List<Change> changes = new ArrayList<>();
        // Drops run before any rename, so they name the table as it is in from; adds run after.
        QualifiedName before = from == null ? pair.name() : from.name();
        QualifiedName after = pair.name();
        changes.addAll(matched(from == null ? List.of() : from.constraints(), to == null ? List.of() : to.constraints(),
                Constraint::name, c -> c.kind() + " " + renames.normalize(from, c), c -> c.kind() + " " + c.definition(),
                c -> new DropConstraint(before, c), c -> new AddConstraint(after, c),
                (c, d) -> new RenameConstraint(after, c.name(), d.name())));
        changes.addAll(matched(from == null ? List.of() : from.indexes(), to == null ? List.of() : to.indexes(),
                Index::name, i -> shape(renames.normalize(from, i)), i -> shape(i.definition()),
                i -> new DropIndex(before, i), i -> new CreateIndex(after, i),
                (i, j) -> new RenameIndex(after, i.name(), j.name())));
        return changes;
    }

    /** An index definition without the index's own name. */
    private static String shape(String definition) {
        return INDEX_NAME.matcher(definition).replaceFirst("INDEX ON ");
    }

    private static <T> List<Change> matched(List<T> from, List<T> to, Function<T, String> name,
            Function<T, String> fromShape, Function<T, String> toShape, Function<T, Change> drop, Function<T, Change> add,
            java.util.function.BiFunction<T, T, Change> rename) {
        Map<String, T> byName = Keyed.index(from, name);
        Map<String, T> targets = Keyed.index(to, name);
        List<T> removed = new ArrayList<>(from.stream().filter(t -> !targets.containsKey(name.apply(t))).toList());
        List<Change> changes = new ArrayList<>();
        for (T target : to) {
            T old = byName.get(name.apply(target));
            if (old == null) {
                T same = removed.stream().filter(r -> fromShape.apply(r).equals(toShape.apply(target))).findFirst()
                        .orElse(null);
                if (same != null) {
                    removed.remove(same);
                    changes.add(rename.apply(same, target));
                } else {
                    changes.add(add.apply(target));
                }
            } else if (!fromShape.apply(old).equals(toShape.apply(target))) {
                changes.add(drop.apply(old));
                changes.add(add.apply(target));
            }
        }
        removed.forEach(r -> changes.add(drop.apply(r)));
        return changes;
    }
}
