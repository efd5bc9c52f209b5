package dev.strata.schema.diff;

import dev.strata.schema.Rename;
import dev.strata.schema.RenameHint;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DropTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Pairs tables by name (after asserted renames), and reports what looks like an unasserted rename. */
final class TableDiffer {

    private TableDiffer() {
    }

    static List<TablePair> pairs(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to) {
        TreeSet<QualifiedName> names = new TreeSet<>(from.keySet());
        names.addAll(to.keySet());
        return names.stream().map(name -> new TablePair(from.get(name), to.get(name))).toList();
    }

    static List<Change> diff(TablePair pair) {
        Table from = pair.from();
        Table to = pair.to();
        if (from == null) {
            return List.of(new CreateTable(java.util.Objects.requireNonNull(to)));
        }
        if (to == null) {
            return List.of(new DropTable(from));
        }
        return ColumnDiffer.diff(from, to);
    }

    /** Possible renames: a dropped and a created table with the same columns, a dropped and an added column of one type. */
    static List<RenameHint> renameHints(List<TablePair> pairs) {
        List<RenameHint> hints = new ArrayList<>();
        List<Table> dropped = pairs.stream().filter(p -> p.to() == null).map(TablePair::from).toList();
        List<Table> created = pairs.stream().filter(p -> p.from() == null).map(TablePair::to).toList();
        for (Table old : dropped) {
            created.stream().filter(t -> t.name().schema().equals(old.name().schema())
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
