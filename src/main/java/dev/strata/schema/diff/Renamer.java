package dev.strata.schema.diff;

import dev.strata.schema.Rename;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.RenameColumn;
import dev.strata.schema.ops.TableChange.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies the renames the user asserted to the {@code from} tables, as PostgreSQL would after
 * running them (definitions that mention the old names follow), and returns the rename changes.
 * Everything else then compares by name as usual.
 */
final class Renamer {

    /** The renamed tables and the changes that rename them. */
    record Result(Map<QualifiedName, Table> tables, List<Change> changes) {
    }

    private Renamer() {
    }

    static Result apply(Map<QualifiedName, Table> from, List<Rename> renames) {
        Map<QualifiedName, Table> tables = new TreeMap<>(from);
        List<Change> changes = new ArrayList<>();
        for (Rename rename : renames.stream().filter(r -> r.column() == null).toList()) {
            Table table = require(tables, rename.table(), rename);
            QualifiedName target = rename.table().withName(rename.newName());
            if (tables.containsKey(target)) {
                throw new IllegalArgumentException("--rename " + rename.table() + ": table " + target + " already exists");
            }
            tables.remove(table.name());
            tables.put(target, renameTable(table, target));
            tables.replaceAll((name, other) -> withConstraints(other, other.constraints().stream()
                    .map(c -> referencingRenamedTable(c, table.name(), target)).toList()));
            changes.add(new RenameTable(table.name(), target));
        }
        for (Rename rename : renames.stream().filter(r -> r.column() != null).toList()) {
            QualifiedName name = renamedName(rename.table(), renames);
            Table table = require(tables, name, rename);
            String old = java.util.Objects.requireNonNull(rename.column());
            if (table.column(old).isEmpty()) {
                throw new IllegalArgumentException("--rename " + rename.table() + "." + old + ": table "
                        + rename.table() + " has no column " + old);
            }
            if (table.column(rename.newName()).isPresent()) {
                throw new IllegalArgumentException("--rename " + rename.table() + "." + old + ": table "
                        + rename.table() + " already has a column " + rename.newName());
            }
            tables.put(name, renameColumn(table, old, rename.newName()));
            tables.replaceAll((key, other) -> withConstraints(other, other.constraints().stream()
                    .map(c -> name.equals(c.references()) ? new Constraint(c.name(), c.kind(),
                            Identifiers.replaceReferencedColumn(c.definition(), name, old, rename.newName()),
                            c.columns(), c.references()) : c).toList()));
            changes.add(new RenameColumn(name, old, rename.newName()));
        }
        return new Result(tables, changes);
    }

    private static Table require(Map<QualifiedName, Table> tables, QualifiedName name, Rename rename) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("--rename " + rename.table()
                    + (rename.column() == null ? "" : "." + rename.column()) + ": no table " + name + " in the from schema");
        }
        return table;
    }

    private static QualifiedName renamedName(QualifiedName table, List<Rename> renames) {
        return renames.stream().filter(r -> r.column() == null && r.table().equals(table))
                .map(r -> table.withName(r.newName())).findFirst().orElse(table);
    }

    private static Table renameTable(Table t, QualifiedName target) {
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(),
                Identifiers.replaceTable(i.definition(), t.name(), target), i.unique())).toList();
        List<Trigger> triggers = t.triggers().stream().map(tr -> new Trigger(target, tr.name(),
                Identifiers.replaceTable(tr.definition(), t.name(), target))).toList();
        List<Policy> policies = t.policies().stream().map(p -> new Policy(target, p.name(), p.permissive(),
                p.command(), p.roles(), p.using(), p.withCheck())).toList();
        return new Table(target, t.columns(), t.constraints(), indexes, triggers, policies,
                t.grants().stream().map(g -> new dev.strata.schema.model.Grant(target, g.grantee(), g.privilege(),
                        g.grantable())).toList(),
                t.rowSecurity(), t.forceRowSecurity(), t.comment());
    }

    private static Constraint referencingRenamedTable(Constraint c, QualifiedName old, QualifiedName target) {
        if (!old.equals(c.references())) {
            return c;
        }
        return new Constraint(c.name(), c.kind(), Identifiers.replaceTable(c.definition(), old, target), c.columns(), target);
    }

    private static Table renameColumn(Table t, String old, String name) {
        List<Column> columns = t.columns().stream().map(c -> c.name().equals(old) ? c.withName(name) : c).toList();
        List<Constraint> constraints = t.constraints().stream().map(c -> new Constraint(c.name(), c.kind(),
                renameInConstraint(c, old, name), c.columns().stream().map(n -> n.equals(old) ? name : n).toList(),
                c.references())).toList();
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), renameInIndex(i.definition(), old, name),
                i.unique())).toList();
        return new Table(t.name(), columns, constraints, indexes, t.triggers(), t.policies(), t.grants(),
                t.rowSecurity(), t.forceRowSecurity(), t.comment());
    }

    /** Only the constrained part: the referenced table's own column list is not this table's. */
    private static String renameInConstraint(Constraint c, String old, String name) {
        int references = c.definition().indexOf(" REFERENCES ");
        if (references < 0) {
            return Identifiers.replace(c.definition(), old, name);
        }
        return Identifiers.replace(c.definition().substring(0, references), old, name)
                + c.definition().substring(references);
    }

    /** After {@code USING method}, so the index and table names are never touched. */
    private static String renameInIndex(String definition, String old, String name) {
        int using = definition.indexOf(" USING ");
        return using < 0 ? definition
                : definition.substring(0, using) + Identifiers.replace(definition.substring(using), old, name);
    }

    static Table withConstraints(Table t, List<Constraint> constraints) {
        return new Table(t.name(), t.columns(), constraints, t.indexes(), t.triggers(), t.policies(), t.grants(),
                t.rowSecurity(), t.forceRowSecurity(), t.comment());
    }
}
