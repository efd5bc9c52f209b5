package dev.strata.schema.diff;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.TypeChange.AlterSequence;
import dev.strata.schema.ops.TypeChange.AlterSequenceOwner;
import dev.strata.schema.ops.TypeChange.ColumnRef;
import dev.strata.schema.ops.TypeChange.CreateSequence;
import dev.strata.schema.ops.TypeChange.DropSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Standalone sequences: their parameters, and which column owns them (OWNED BY), compared after
 * the asserted renames. A sequence that loses its owner is let go of before the owner's column or
 * table can be dropped (and take it along); one that gets an owner is taken once the column exists.
 */
final class SequenceDiffer {

    private SequenceDiffer() {
    }

    static List<Change> diff(SchemaModel from, SchemaModel to) {
        return diff(from, to, Renamer.none());
    }

    static List<Change> diff(SchemaModel from, SchemaModel to, Renamer renames) {
        List<Change> changes = new ArrayList<>(Keyed.<QualifiedName, Sequence, Change>compare(from.sequences(),
                to.sequences(), (a, b) -> {
                    if (a == null) {
                        return List.of(new CreateSequence(b));
                    }
                    if (b == null) {
                        return List.of(new DropSequence(a));
                    }
                    return parameters(a).equals(parameters(b)) ? List.of() : List.of(new AlterSequence(a, b));
                }));
        for (QualifiedName name : names(from, to)) {
            Sequence a = from.sequences().get(name);
            Sequence b = to.sequences().get(name);
            ColumnRef before = a == null ? null : owner(from.tables(), a.ownedBy());
            ColumnRef after = b == null ? null : owner(to.tables(), b.ownedBy());
            boolean unknown = (a != null && a.ownedBy() != null && before == null)
                    || (b != null && b.ownedBy() != null && after == null);
            if (unknown) {
                continue; // an owner the model does not hold (a column it leaves out): left as it is
            }
            if (Objects.equals(before == null ? null : renames.renamed(before), after)) {
                continue;
            }
            if (before != null) {
                changes.add(new AlterSequenceOwner(name, before, null));
            }
            if (after != null) {
                changes.add(new AlterSequenceOwner(name, null, after));
            }
        }
        return changes;
    }

    private static List<QualifiedName> names(SchemaModel from, SchemaModel to) {
        java.util.TreeSet<QualifiedName> names = new java.util.TreeSet<>(from.sequences().keySet());
        names.addAll(to.sequences().keySet());
        return List.copyOf(names);
    }

    /** The column {@code schema.table.column} names, found among the tables, or null. */
    private static @Nullable ColumnRef owner(Map<QualifiedName, Table> tables, @Nullable String ownedBy) {
        if (ownedBy == null) {
            return null;
        }
        for (Table table : tables.values()) {
            String prefix = table.name() + ".";
            if (ownedBy.startsWith(prefix)) {
                for (Column column : table.columns()) {
                    if (ownedBy.equals(prefix + column.name())) {
                        return new ColumnRef(table.name(), column.name());
                    }
                }
            }
        }
        return null;
    }

    private static Sequence parameters(Sequence s) {
        return new Sequence(s.name(), s.dataType(), s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(),
                s.cycle(), null);
    }
}
