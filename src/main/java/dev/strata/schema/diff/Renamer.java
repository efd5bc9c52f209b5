package dev.strata.schema.diff;

import dev.strata.schema.Rename;
import dev.strata.schema.inspect.Serials;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.TypeChange.ColumnRef;
import dev.strata.schema.ops.TypeChange.RenameSequence;
import dev.strata.schema.ops.TypeWidening;
import dev.strata.schema.ops.ColumnChange.RenameColumn;
import dev.strata.schema.ops.TableChange.RenameTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Applies the renames the user asserted. A renamed table is keyed by its new name, so it pairs
 * with its target, but keeps its old name and its children's original text: a child dropped
 * before the rename runs, or restored by the down script after the rename is undone, must name
 * the table as it is then. Its columns take their new names, so they pair by name.
 * {@link #normalize} gives the text that definitions would have after the renames, for comparing.
 */
final class Renamer {

    /** The from tables keyed by their target names, the rename changes, and the renames to normalise with. */
    record Result(Map<QualifiedName, Table> tables, List<Change> changes, Renamer renames) {
    }

    private final Map<QualifiedName, QualifiedName> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, Map<String, String>> columns = new LinkedHashMap<>();

    private Renamer() {
    }

    /** No renames: definitions compare as they are. */
    static Renamer none() {
        return new Renamer();
    }

    static Result apply(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to, List<Rename> renames) {
        Renamer renamer = new Renamer();
        Map<QualifiedName, Table> tables = new TreeMap<>(from);
        List<Change> changes = new ArrayList<>();
        for (Rename rename : renames.stream().filter(r -> r.column() == null).toList()) {
            Table table = require(tables, rename.table(), rename);
            QualifiedName target = rename.table().withName(rename.newName());
            if (tables.containsKey(target)) {
                throw new IllegalArgumentException("--rename " + rename.table() + ": table " + target + " already exists");
            }
            tables.remove(rename.table());
            tables.put(target, table);
            renamer.tables.put(table.name(), target);
            changes.add(new RenameTable(table.name(), target));
        }
        for (Rename rename : renames.stream().filter(r -> r.column() != null).toList()) {
            QualifiedName name = renamer.tables.getOrDefault(rename.table(), rename.table());
            Table table = require(tables, name, rename);
            String old = Objects.requireNonNull(rename.column());
            if (table.column(old).isEmpty()) {
                throw new IllegalArgumentException("--rename " + rename.table() + "." + old + ": table "
                        + rename.table() + " has no column " + old);
            }
            if (table.column(rename.newName()).isPresent()) {
                throw new IllegalArgumentException("--rename " + rename.table() + "." + old + ": table "
                        + rename.table() + " already has a column " + rename.newName());
            }
            tables.put(name, renameColumn(table, old, rename.newName()));
            renamer.columns.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(old, rename.newName());
            changes.add(new RenameColumn(name, old, rename.newName()));
        }
        changes.addAll(renamer.serialSequences(tables, to));
        return new Result(tables, changes, renamer);
    }

    /**
     * The sequences of renamed serials, renamed as {@code serial} names them under the new table
     * and column names, where the target's column is a serial too: otherwise the sequence would
     * keep the old name, which is not what the target's {@code serial} implies, and the next diff
     * would create a second one.
     */
    private List<Change> serialSequences(Map<QualifiedName, Table> renamed, Map<QualifiedName, Table> to) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<QualifiedName, Table> entry : renamed.entrySet()) {
            Table table = entry.getValue();
            QualifiedName target = entry.getKey();
            if (target.equals(table.name()) && !columns.containsKey(target)) {
                continue;
            }
            for (Column column : table.columns()) {
                Table targetTable = to.get(target);
                if (!serial(column) || targetTable == null || !targetTable.column(column.name())
                        .map(Renamer::serial).orElse(false)) {
                    continue;
                }
                QualifiedName before = Serials.sequenceName(table.name(), original(table, column.name()));
                QualifiedName after = Serials.sequenceName(target, column.name());
                if (before != null && after != null && !before.equals(after)) {
                    changes.add(new RenameSequence(before, after));
                }
            }
        }
        return changes;
    }

    private static boolean serial(Column column) {
        return TypeWidening.serialBase(column.type()) != null;
    }

    /** A from-side constraint's definition as PostgreSQL would print it after the renames. */
    String normalize(Table owner, Constraint constraint) {
        String definition = constraint.definition();
        if (tables.isEmpty() && columns.isEmpty()) {
            return definition;
        }
        int references = definition.indexOf(" REFERENCES ");
        String local = references < 0 ? definition : definition.substring(0, references);
        String remote = references < 0 ? "" : definition.substring(references);
        for (Map.Entry<String, String> rename : columnsOf(owner).entrySet()) {
            local = Identifiers.replace(local, rename.getKey(), rename.getValue());
        }
        QualifiedName referenced = constraint.references();
        if (referenced != null) {
            QualifiedName target = tables.getOrDefault(referenced, referenced);
            remote = Identifiers.replaceTable(remote, referenced, target);
            for (Map.Entry<String, String> rename : columns.getOrDefault(target, Map.of()).entrySet()) {
                remote = Identifiers.replaceReferencedColumn(remote, target, rename.getKey(), rename.getValue());
            }
        }
        return local + remote;
    }

    /** A from-side index's definition after the renames: its table's name, and columns after USING. */
    String normalize(Table owner, Index index) {
        if (tables.isEmpty() && columns.isEmpty()) {
            return index.definition();
        }
        String definition = Identifiers.replaceTable(index.definition(), owner.name(), target(owner));
        int using = definition.indexOf(" USING ");
        if (using < 0) {
            return definition;
        }
        String head = definition.substring(0, using);
        String body = definition.substring(using);
        for (Map.Entry<String, String> rename : columnsOf(owner).entrySet()) {
            body = Identifiers.replace(body, rename.getKey(), rename.getValue());
        }
        return head + body;
    }

    /** A from-side column's name before the renames ({@code column} is its name after them). */
    String original(Table owner, String column) {
        return columnsOf(owner).entrySet().stream().filter(e -> e.getValue().equals(column))
                .map(Map.Entry::getKey).findFirst().orElse(column);
    }

    /** A from-side column under its name after the renames. */
    ColumnRef renamed(ColumnRef column) {
        QualifiedName table = tables.getOrDefault(column.table(), column.table());
        String name = columns.getOrDefault(table, Map.of()).getOrDefault(column.column(), column.column());
        return new ColumnRef(table, name);
    }

    private QualifiedName target(Table owner) {
        return tables.getOrDefault(owner.name(), owner.name());
    }

    private Map<String, String> columnsOf(Table owner) {
        return columns.getOrDefault(target(owner), Map.of());
    }

    private static Table require(Map<QualifiedName, Table> tables, QualifiedName name, Rename rename) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("--rename " + rename.table()
                    + (rename.column() == null ? "" : "." + rename.column()) + ": no table " + rename.table()
                    + " in the from schema");
        }
        return table;
    }

    private static Table renameColumn(Table t, String old, String name) {
        List<Column> columns = t.columns().stream().map(c -> c.name().equals(old) ? c.withName(name) : c).toList();
        return t.withColumns(columns);
    }
}
