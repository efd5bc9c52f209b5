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

    private ConstraintDiffer() {
    }

    static List<Change> diff(TablePair pair) {
        List<Constraint> a = pair.from() == null ? List.of() : pair.from().constraints();
        List<Constraint> b = pair.to() == null ? List.of() : pair.to().constraints();
        List<Index> x = pair.from() == null ? List.of() : pair.from().indexes();
        List<Index> y = pair.to() == null ? List.of() : pair.to().indexes();
        QualifiedName table = pair.name();
        List<Change> changes = new ArrayList<>();
        changes.addAll(matched(a, b, Constraint::name, c -> c.kind() + " " + c.definition(),
                c -> new DropConstraint(table, c), c -> new AddConstraint(table, c),
                (c, d) -> new RenameConstraint(table, c.name(), d.name())));
        changes.addAll(matched(x, y, Index::name, Index::shape,
                i -> new DropIndex(table, i), i -> new CreateIndex(table, i),
                (i, j) -> new RenameIndex(table, i.name(), j.name())));
        return changes;
    }

    private static <T> List<Change> matched(List<T> from, List<T> to, Function<T, String> name,
            Function<T, String> shape, Function<T, Change> drop, Function<T, Change> add,
            java.util.function.BiFunction<T, T, Change> rename) {
        Map<String, T> byName = Keyed.index(from, name);
        Map<String, T> targets = Keyed.index(to, name);
        List<T> removed = new ArrayList<>(from.stream().filter(t -> !targets.containsKey(name.apply(t))).toList());
        List<Change> changes = new ArrayList<>();
        for (T target : to) {
            T old = byName.get(name.apply(target));
            if (old == null) {
                T same = removed.stream().filter(r -> shape.apply(r).equals(shape.apply(target))).findFirst().orElse(null);
                if (same != null) {
                    removed.remove(same);
                    changes.add(rename.apply(same, target));
                } else {
                    changes.add(add.apply(target));
                }
            } else if (!shape.apply(old).equals(shape.apply(target))) {
                changes.add(drop.apply(old));
                changes.add(add.apply(target));
            }
        }
        removed.forEach(r -> changes.add(drop.apply(r)));
        return changes;
    }
}
