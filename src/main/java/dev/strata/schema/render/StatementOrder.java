package dev.strata.schema.render;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.AccessChange;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange;
import dev.strata.schema.ops.ConstraintChange;
import dev.strata.schema.ops.NamespaceChange;
import dev.strata.schema.ops.ProgramChange;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TableChange;
import dev.strata.schema.ops.TypeChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that decides statement order: asserted renames run first, then dependents are
 * dropped, namespaces, types and functions are created, dropped columns and tables go, tables
 * and columns change, the types and namespaces no longer wanted are dropped, constraints and
 * indexes are added (foreign keys last), and views, triggers, policies, grants and comments are
 * created on the finished tables.
 */
public final class StatementOrder {

    private StatementOrder() {
    }

    /** Sorts by phase; the order within a phase is kept, except views, which follow their dependencies. */
    public static List<Change> order(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(StatementOrder::phase));
        return views(sorted);
    }

    /**
     * Orders a down script, the reversed changes of an up script. They name tables and columns as
     * the up script's renames left them, so the renames are undone last, latest first.
     */
    public static List<Change> orderReversed(List<Change> reversed) {
        List<Change> sorted = new ArrayList<>(order(reversed.stream().filter(c -> !isRename(c)).toList()));
        sorted.addAll(reversed.stream().filter(StatementOrder::isRename).toList());
        return sorted;
    }

    private static boolean isRename(Change change) {
        return change instanceof TableChange.RenameTable || change instanceof ColumnChange.RenameColumn;
    }

    static int phase(Change change) {
        return switch (change) {
            // Every other change names tables and columns as the renames leave them.
            case TableChange.RenameTable c -> 1;
            case ColumnChange.RenameColumn c -> 2;
            case ProgramChange.DropTrigger c -> 10;
            case AccessChange.DropPolicy c -> 11;
            case AccessChange.RevokePrivilege c -> 11;
            case AlterRowSecurity c -> relaxes(c) ? 11 : 71;
            case ProgramChange.DropView c -> 12;
            case ConstraintChange.DropConstraint c -> c.constraint().kind() == Constraint.Kind.FOREIGN_KEY ? 13 : 14;
            case ConstraintChange.DropIndex c -> 14;
            case ProgramChange.DropRoutine c -> 15;
            case NamespaceChange.CreateSchema c -> 20;
            case NamespaceChange.CreateExtension c -> 20;
            case TypeChange.CreateEnum c -> 21;
            case TypeChange.AddEnumValue c -> 21;
            case TypeChange.RenameEnumValue c -> 21;
            case TypeChange.CreateSequence c -> 21;
            case TypeChange.AlterSequence c -> 21;
            case ProgramChange.CreateRoutine c -> 22;
            case ProgramChange.ReplaceRoutine c -> 22;
            // Before anything is added: a recomputed generated column is dropped and added under one
            // name, and a recreated enum's old type can only go once no dropped column uses it. A
            // generated column goes before the columns it is computed from.
            case ColumnChange.DropColumn c -> c.column().generated() != null ? 32 : 33;
            case TableChange.DropTable c -> 33;
            case TypeChange.RecreateEnum c -> 34;
            case TableChange.CreateTable c -> 35;
            case ColumnChange.AddColumn c -> 35;
            // A column leaving a type of its schema (an enum) lets go of it before the enum is recreated.
            case ColumnChange.AlterColumnType c -> leavesUserType(c) ? 33 : 36;
            case ColumnChange.AlterColumnDefault c -> 37;
            // An identity column must stay NOT NULL and cannot take a default (a serial's): drop the
            // identity before the type changes, add it after NOT NULL is set.
            case ColumnChange.AlterColumnIdentity c -> c.to() == Column.Identity.NONE ? 35 : 39;
            case ColumnChange.AlterColumnNullability c -> 38;
            case TypeChange.DropEnum c -> 42;
            case TypeChange.DropSequence c -> 42;
            case NamespaceChange.DropExtension c -> 43;
            case NamespaceChange.DropSchema c -> 44;
            case ConstraintChange.RenameConstraint c -> 50;
            case ConstraintChange.RenameIndex c -> 50;
            case ConstraintChange.AddConstraint c -> addConstraint(c.constraint().kind());
            case ConstraintChange.CreateIndex c -> 53;
            case ProgramChange.CreateView c -> 60;
            case ProgramChange.CreateTrigger c -> 70;
            case AccessChange.CreatePolicy c -> 71;
            case AccessChange.AlterPolicy c -> 71;
            case AccessChange.GrantPrivilege c -> 72;
            case SetComment c -> 80;
        };
    }

    private static int addConstraint(Constraint.Kind kind) {
        return switch (kind) {
            case PRIMARY_KEY -> 51;
            case FOREIGN_KEY -> 54;
            default -> 52;
        };
    }

    private static boolean leavesUserType(ColumnChange.AlterColumnType c) {
        return c.from().type().contains(".") && !c.from().type().equals(c.to().type());
    }

    /** Switching security off goes before the drops; switching it on waits for the policies' tables. */
    private static boolean relaxes(AlterRowSecurity c) {
        return !(c.toEnabled() && !c.fromEnabled()) && !(c.toForced() && !c.fromForced());
    }

    /** Creates views after the views they read; drops them before. */
    private static List<Change> views(List<Change> sorted) {
        Map<QualifiedName, View> created = new LinkedHashMap<>();
        Map<QualifiedName, View> dropped = new LinkedHashMap<>();
        for (Change change : sorted) {
            if (change instanceof ProgramChange.CreateView c) {
                created.put(c.view().name(), c.view());
            } else if (change instanceof ProgramChange.DropView c) {
                dropped.put(c.view().name(), c.view());
            }
        }
        List<View> createOrder = dependencyOrder(created);
        List<View> dropOrder = dependencyOrder(dropped).reversed();
        List<Change> result = new ArrayList<>(sorted.size());
        int nextCreate = 0;
        int nextDrop = 0;
        for (Change change : sorted) {
            if (change instanceof ProgramChange.CreateView) {
                result.add(new ProgramChange.CreateView(createOrder.get(nextCreate++)));
            } else if (change instanceof ProgramChange.DropView) {
                result.add(new ProgramChange.DropView(dropOrder.get(nextDrop++)));
            } else {
                result.add(change);
            }
        }
        return result;
    }

    private static List<View> dependencyOrder(Map<QualifiedName, View> views) {
        List<View> ordered = new ArrayList<>();
        java.util.Set<QualifiedName> done = new java.util.HashSet<>();
        views.values().forEach(v -> visit(v, views, done, ordered));
        return ordered;
    }

    private static void visit(View view, Map<QualifiedName, View> views, java.util.Set<QualifiedName> done,
            List<View> ordered) {
        if (!done.add(view.name())) {
            return;
        }
        for (QualifiedName dependency : view.dependsOn()) {
            View other = views.get(dependency);
            if (other != null) {
                visit(other, views, done, ordered);
            }
        }
        ordered.add(view);
    }
}
