package dev.strata.schema.diff;

import dev.strata.schema.Rename;
import dev.strata.schema.RenameHint;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.model.TableLayout;
import dev.strata.schema.ops.TableChange.AlterStorage;
import dev.strata.schema.ops.TableChange.AttachPartition;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DetachPartition;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.Inherit;
import dev.strata.schema.ops.TableChange.NoInherit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Pairs tables by name (after asserted renames), and reports what looks like an unasserted rename. */
final class TableDiffer {

    private TableDiffer() {
    }

    /**
     * The pairs by name. A table whose partition key changes cannot be altered into the other: it
     * is dropped and created, as two pairs of one name, and so are its partitions, which go with it.
     */
    static List<TablePair> pairs(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to) {
        TreeSet<QualifiedName> names = new TreeSet<>(from.keySet());
        names.addAll(to.keySet());
        Set<QualifiedName> recreated = recreated(from, to);
        List<TablePair> pairs = new ArrayList<>();
        for (QualifiedName name : names) {
            Table a = from.get(name);
            Table b = to.get(name);
            if (a != null && b != null && recreated.contains(name)) {
                pairs.add(new TablePair(a, null));
                pairs.add(new TablePair(null, b));
            } else {
                pairs.add(new TablePair(a, b));
            }
        }
        return List.copyOf(pairs);
    }

    /** The tables on both sides whose partition key changes, with their partitions, to any depth. */
    static Set<QualifiedName> recreated(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to) {
        Set<QualifiedName> recreated = new TreeSet<>();
        from.forEach((name, a) -> {
            Table b = to.get(name);
            if (b != null && !Objects.equals(a.layout().partitionBy(), b.layout().partitionBy())) {
                recreated.add(name);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table a : from.values()) {
                QualifiedName parent = a.layout().partitionOf();
                if (parent != null && recreated.contains(parent) && to.containsKey(a.name())) {
                    grew |= recreated.add(a.name());
                }
            }
        }
        return recreated;
    }

    /**
     * A created or dropped table, or the changes of its columns and layout. Where a table enters
     * or leaves a partition or inheritance tree, the columns it shares with its parents on either
     * side are the parents': the table keeps them, they are not added or dropped.
     */
    static List<Change> diff(TablePair pair, Map<QualifiedName, Table> fromTables, Map<QualifiedName, Table> toTables) {
        Table from = pair.from();
        Table to = pair.to();
        if (from == null) {
            return List.of(new CreateTable(Objects.requireNonNull(to)));
        }
        if (to == null) {
            return List.of(new DropTable(from));
        }
        List<Change> changes = new ArrayList<>();
        TableLayout a = from.layout();
        TableLayout b = to.layout();
        boolean moves = !a.parents().equals(b.parents()) || !Objects.equals(a.partitionBound(), b.partitionBound());
        if (moves) {
            QualifiedName oldParent = a.partitionOf();
            if (oldParent != null) {
                changes.add(new DetachPartition(oldParent, from.name(), Objects.requireNonNull(a.partitionBound())));
            }
            a.inherits().stream().filter(p -> !b.inherits().contains(p)).forEach(p -> changes.add(new NoInherit(from.name(), p)));
            Set<String> shared = new TreeSet<>(inherited(from, fromTables));
            shared.addAll(inherited(to, toTables));
            changes.addAll(ColumnDiffer.diff(withoutColumns(from, shared), withoutColumns(to, shared)));
            QualifiedName newParent = b.partitionOf();
            if (newParent != null) {
                changes.add(new AttachPartition(newParent, to.name(), Objects.requireNonNull(b.partitionBound())));
            }
            b.inherits().stream().filter(p -> !a.inherits().contains(p)).forEach(p -> changes.add(new Inherit(to.name(), p)));
        } else {
            changes.addAll(ColumnDiffer.diff(from, to));
        }
        if (a.unlogged() != b.unlogged() || !a.options().equals(b.options())) {
            changes.add(new AlterStorage(to.name(), a, b));
        }
        return changes;
    }

    /** The names of the columns a table takes from its parents, to the root. */
    private static Set<String> inherited(Table table, Map<QualifiedName, Table> tables) {
        Set<String> names = new TreeSet<>();
        for (QualifiedName parentName : table.layout().parents()) {
            Table parent = tables.get(parentName);
            if (parent != null) {
                parent.columns().forEach(c -> names.add(c.name()));
                names.addAll(inherited(parent, tables));
            }
        }
        return names;
    }

    private static Table withoutColumns(Table t, Set<String> names) {
        return t.withColumns(t.columns().stream().filter(c -> !names.contains(c.name())).toList());
    }

    /** Possible renames: a dropped and a created table with the same columns, a dropped and an added column of one type. */
    static List<RenameHint> renameHints(List<TablePair> pairs) {
        List<RenameHint> hints = new ArrayList<>();
        List<Table> dropped = pairs.stream().filter(p -> p.to() == null).map(TablePair::from).toList();
        List<Table> created = pairs.stream().filter(p -> p.from() == null).map(TablePair::to).toList();
        for (Table old : dropped) {
            created.stream().filter(t -> !t.columns().isEmpty() && !t.name().equals(old.name())
                    && t.name().schema().equals(old.name().schema())
                    && shape(t).equals(shape(old))).findFirst().ifPresent(t -> hints.add(
                            new RenameHint(new Rename(old.name(), null, t.name().name()), null)));
        }
        for (TablePair pair : pairs) {
            if (pair.from() != null && pair.to() != null) {
                hints.addAll(columnHints(pair.from(), pair.to()));
            }
        }
        return hints;
    }

    private static List<RenameHint> columnHints(Table from, Table to) {
        List<RenameHint> hints = new ArrayList<>();
        List<Column> added = new ArrayList<>(to.columns().stream().filter(c -> from.column(c.name()).isEmpty()).toList());
        for (Column old : from.columns()) {
            if (to.column(old.name()).isPresent()) {
                continue;
            }
            added.stream().filter(c -> c.type().equals(old.type())).findFirst().ifPresent(c -> {
                added.remove(c);
                hints.add(new RenameHint(new Rename(to.name(), old.name(), c.name()), c.type()));
            });
        }
        return hints;
    }

    private static List<String> shape(Table table) {
        return table.columns().stream().map(c -> c.name() + " " + c.type()).sorted().toList();
    }
}
