package dev.strata.schema.order;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange;
import dev.strata.schema.ops.ConstraintChange;
import dev.strata.schema.ops.EventTriggerChange;
import dev.strata.schema.ops.NamespaceChange;
import dev.strata.schema.ops.OperatorChange;
import dev.strata.schema.ops.PublicationChange;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.ops.ProgramChange;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TableChange;
import dev.strata.schema.ops.TypeChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides statement order: every change runs in its {@link Phase}, in the
 * differs' order within it, except views, which are dropped readers first and created in the
 * order they read each other.
 */
public final class StatementOrder {

    private StatementOrder() {
    }

    /** The changes in the order they run. */
    public static List<Change> order(List<Change> changes) {
        Set<String> recreated = new java.util.HashSet<>();
        changes.forEach(change -> {
            if (change instanceof ProgramChange.CreateRoutine create) {
                recreated.add(create.routine().identity());
            } else if (change instanceof OperatorChange.CreateOperator create) {
                recreated.add(create.operator().signature());
            }
        });
        Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);
        changes.forEach(change -> phases.computeIfAbsent(phase(change, recreated), p -> new ArrayList<>())
                .add(change));
        List<Change> ordered = new ArrayList<>(changes.size());
        phases.forEach((phase, group) -> ordered.addAll(switch (phase) {
            case DROP_VIEWS -> views(group.stream().map(c -> ((DropView) c).view()).toList()).reversed().stream()
                    .<Change>map(DropView::new).toList();
            case CREATE_VIEWS -> views(group.stream().map(c -> ((CreateView) c).view()).toList()).stream()
                    .<Change>map(CreateView::new).toList();
            case CREATE_TABLES_AND_COLUMNS -> createdTablesFirst(group);
            case DROP_COLUMNS_AND_TABLES -> droppedTablesLast(group);
            // Created enums, domains, range types, then composite types (differ order); dropped the other way round.
            case DROP_TYPES -> group.stream().sorted(java.util.Comparator.comparingInt(StatementOrder::dropRank)).toList();
            case CREATE_ROUTINES, CREATE_TABLE_ROUTINES -> callOrder(group);
            case DROP_ROUTINES, DROP_UNUSED_ROUTINES -> callOrder(group.reversed()).reversed();
            default -> group;
        }));
        return List.copyOf(ordered);
    }

    /**
     * Orders routines so that each comes after the routines its definition calls by qualified
     * name (a SQL-standard body is bound when it is created, so a callee must exist first);
     * reversed, the order to drop them in. Others keep their order; a cycle is cut where found.
     */
    static List<Change> callOrder(List<Change> group) {
        Map<Change, Routine> routines = new LinkedHashMap<>();
        group.forEach(change -> {
            Routine routine = routine(change);
            if (routine != null) {
                routines.put(change, routine);
            }
        });
        if (routines.size() < 2) {
            return group;
        }
        List<Change> ordered = new ArrayList<>(group.size());
        Set<Change> visiting = new java.util.HashSet<>();
        for (Change change : group) {
            visitCalls(change, routines, visiting, ordered);
        }
        return ordered;
    }

    private static void visitCalls(Change change, Map<Change, Routine> routines, Set<Change> visiting,
            List<Change> ordered) {
        if (ordered.contains(change) || !visiting.add(change)) {
            return;
        }
        Routine routine = routines.get(change);
        if (routine != null) {
            routines.forEach((other, callee) -> {
                if (other != change && !callee.name().equals(routine.name())
                        && routine.definition().contains(Sql.name(callee.name()) + "(")) {
                    visitCalls(other, routines, visiting, ordered);
                }
            });
        }
        ordered.add(change);
    }

    private static @Nullable Routine routine(Change change) {
        return switch (change) {
            case ProgramChange.CreateRoutine c -> c.routine();
            case ProgramChange.ReplaceRoutine c -> c.to();
            case ProgramChange.DropRoutine c -> c.routine();
            default -> null;
        };
    }

    /**
     * Orders views so that every view comes after the views it reads: the order to create them in
     * (reversed, the order to drop them in). Views that do not depend on each other keep name order.
     *
     * @throws IllegalArgumentException naming the views when they read each other in a cycle
     */
    public static List<View> views(Collection<View> views) {
        Map<QualifiedName, View> byName = new TreeMap<>();
        views.forEach(view -> byName.put(view.name(), view));
        Map<QualifiedName, View> sorted = new LinkedHashMap<>();
        for (View view : byName.values()) {
            visit(view, byName, sorted, new LinkedHashSet<>());
        }
        return List.copyOf(sorted.values());
    }

    private static void visit(View view, Map<QualifiedName, View> byName, Map<QualifiedName, View> sorted,
            Set<QualifiedName> path) {
        if (sorted.containsKey(view.name())) {
            return;
        }
        if (!path.add(view.name())) {
            throw new IllegalArgumentException("views that read each other in a cycle: " + path);
        }
        for (QualifiedName dependency : view.dependsOn()) {
            View read = byName.get(dependency);
            if (read != null) {
                visit(read, byName, sorted, path);
            }
        }
        path.remove(view.name());
        sorted.put(view.name(), view);
    }

    /** The given order, but a created table after the parents it is a partition of or inherits. */
    private static List<Change> createdTablesFirst(List<Change> group) {
        Map<QualifiedName, Change> created = new HashMap<>();
        group.forEach(c -> {
            if (c instanceof TableChange.CreateTable create) {
                created.put(create.table().name(), c);
            }
        });
        List<Change> ordered = new ArrayList<>(group.size());
        group.forEach(c -> placeAfterParents(c, created, ordered));
        return ordered;
    }

    private static void placeAfterParents(Change change, Map<QualifiedName, Change> created, List<Change> ordered) {
        if (ordered.contains(change)) {
            return;
        }
        if (change instanceof TableChange.CreateTable create) {
            for (QualifiedName parent : create.table().layout().parents()) {
                Change first = created.get(parent);
                if (first != null) {
                    placeAfterParents(first, created, ordered);
                }
            }
        }
        ordered.add(change);
    }

    /** The given order, but a dropped table after the partitions and inheriting tables dropped with it. */
    private static List<Change> droppedTablesLast(List<Change> group) {
        List<Change> ordered = new ArrayList<>(group.size());
        group.forEach(c -> placeAfterChildren(c, group, ordered));
        return ordered;
    }

    private static void placeAfterChildren(Change change, List<Change> group, List<Change> ordered) {
        if (ordered.contains(change)) {
            return;
        }
        if (change instanceof TableChange.DropTable drop) {
            for (Change other : group) {
                if (other instanceof TableChange.DropTable child
                        && child.table().layout().parents().contains(drop.table().name())) {
                    placeAfterChildren(other, group, ordered);
                }
            }
        }
        ordered.add(change);
    }

    private static int dropRank(Change change) {
        return switch (change) {
            case TypeChange.DropCompositeType c -> 0;
            case TypeChange.DropRangeType c -> 1;
            case TypeChange.DropDomain c -> 2;
            default -> 3;
        };
    }

    /**
     * The phase of a change. A routine that is dropped for good waits until no table, column
     * default, generated column or trigger can still use it; one dropped to be created again under
     * the same signature goes early, before its new version, and so does one that itself depends
     * on tables (a row type in its signature, a SQL-standard body), which must go before them.
     * Operators follow the same rule, just before their functions.
     *
     * @param recreatedRoutines the identities of the routines ({@link Routine#identity()}) and the
     *     signatures of the operators the changes create
     */
    static Phase phase(Change change, Set<String> recreatedRoutines) {
        if (change instanceof ProgramChange.DropRoutine drop && !drop.routine().usesTables()
                && !recreatedRoutines.contains(drop.routine().identity())) {
            return Phase.DROP_UNUSED_ROUTINES;
        }
        if (change instanceof OperatorChange.DropOperator drop && !drop.operator().usesTables()
                && !recreatedRoutines.contains(drop.operator().signature())) {
            return Phase.DROP_UNUSED_OPERATORS;
        }
        return phase(change);
    }

    static Phase phase(Change change) {
        return switch (change) {
            case ProgramChange.DropTrigger c -> Phase.DROP_TRIGGERS;
            case AccessChange.DropPolicy c -> Phase.DROP_ACCESS;
            case AccessChange.RevokePrivilege c -> Phase.DROP_ACCESS;
            case AlterRowSecurity c -> relaxes(c) ? Phase.DROP_ACCESS : Phase.CREATE_ACCESS;
            case ProgramChange.DropView c -> Phase.DROP_VIEWS;
            case ConstraintChange.DropConstraint c -> c.constraint().kind() == Constraint.Kind.FOREIGN_KEY
                    ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS_AND_INDEXES;
            case ConstraintChange.DropIndex c -> Phase.DROP_CONSTRAINTS_AND_INDEXES;
            case ProgramChange.DropRoutine c -> Phase.DROP_ROUTINES;
            case NamespaceChange.CreateSchema c -> Phase.CREATE_SCHEMAS_AND_EXTENSIONS;
            case NamespaceChange.CreateExtension c -> Phase.CREATE_SCHEMAS_AND_EXTENSIONS;
            case NamespaceChange.AlterExtension c -> Phase.CREATE_SCHEMAS_AND_EXTENSIONS;
            case TypeChange.CreateEnum c -> Phase.CREATE_TYPES;
            case TypeChange.AddEnumValue c -> Phase.CREATE_TYPES;
            case TypeChange.RenameEnumValue c -> Phase.CREATE_TYPES;
            case TypeChange.CreateSequence c -> Phase.CREATE_TYPES;
            case TypeChange.AlterSequence c -> Phase.CREATE_TYPES;
            // Let go of before its old column or table is dropped, taken once the new column exists.
            case TypeChange.AlterSequenceOwner c -> c.to() == null ? Phase.CREATE_TYPES : Phase.ALTER_COLUMN_DEFAULTS;
            case TypeChange.CreateDomain c -> Phase.CREATE_TYPES;
            case TypeChange.AlterDomain c -> Phase.ALTER_DOMAINS;
            case TypeChange.RecreateDomain c -> Phase.CREATE_TYPES;
            case TypeChange.CreateCompositeType c -> Phase.CREATE_TYPES;
            case TypeChange.CreateRangeType c -> Phase.CREATE_TYPES;
            case TypeChange.RecreateRangeType c -> Phase.CREATE_TYPES;
            case TypeChange.DropRangeType c -> Phase.DROP_TYPES;
            case TypeChange.AlterCompositeType c -> Phase.CREATE_TYPES;
            case TypeChange.DropDomain c -> Phase.DROP_TYPES;
            case TypeChange.DropCompositeType c -> Phase.DROP_TYPES;
            case ProgramChange.CreateRoutine c -> c.routine().usesTables() ? Phase.CREATE_TABLE_ROUTINES
                    : Phase.CREATE_ROUTINES;
            case ProgramChange.ReplaceRoutine c -> c.to().usesTables() ? Phase.CREATE_TABLE_ROUTINES
                    : Phase.CREATE_ROUTINES;
            // Dependents were dropped under the old names; everything after uses the new ones.
            case TableChange.RenameTable c -> Phase.RENAME_TABLES;
            case TableChange.DetachPartition c -> Phase.DETACH_TABLES;
            case TableChange.NoInherit c -> Phase.DETACH_TABLES;
            case TableChange.AttachPartition c -> Phase.ATTACH_TABLES;
            case TableChange.Inherit c -> Phase.ATTACH_TABLES;
            case TableChange.AlterStorage c -> Phase.ALTER_COLUMN_TYPES;
            case ColumnChange.RenameColumn c -> Phase.RENAME_COLUMNS;
            case TypeChange.RenameSequence c -> Phase.RENAME_COLUMNS;
            // Before anything is added: a recomputed generated column is dropped and added under one
            // name, and a recreated enum's old type can only go once no dropped column uses it.
            case ColumnChange.DropColumn c -> c.column().generated() != null ? Phase.DROP_GENERATED_COLUMNS
                    : Phase.DROP_COLUMNS_AND_TABLES;
            case TableChange.DropTable c -> Phase.DROP_COLUMNS_AND_TABLES;
            case TypeChange.RecreateEnum c -> Phase.RECREATE_ENUMS;
            case TableChange.CreateTable c -> Phase.CREATE_TABLES_AND_COLUMNS;
            // A generated column is computed once the columns it reads have their new types.
            case ColumnChange.AddColumn c -> c.column().generated() != null ? Phase.ALTER_COLUMN_DEFAULTS
                    : Phase.CREATE_TABLES_AND_COLUMNS;
            case ColumnChange.AlterColumnType c -> leavesUserType(c) ? Phase.DROP_COLUMNS_AND_TABLES
                    : Phase.ALTER_COLUMN_TYPES;
            case ColumnChange.AlterColumnDefault c -> Phase.ALTER_COLUMN_DEFAULTS;
            case ColumnChange.RebindColumnDefault c -> c.to() == null ? Phase.RELEASE_COLUMN_DEFAULTS
                    : Phase.RESTORE_COLUMN_DEFAULTS;
            // Let go of before the columns it reads change type; computed again once they have.
            case ColumnChange.AlterColumnExpression c -> c.to().generated() == null ? Phase.DROP_GENERATED_COLUMNS
                    : Phase.ALTER_COLUMN_DEFAULTS;
            // An identity column must stay NOT NULL and cannot take a default (a serial's): drop the
            // identity before the type changes, add it after NOT NULL is set.
            case ColumnChange.AlterColumnIdentity c -> c.to() == Column.Identity.NONE
                    ? Phase.CREATE_TABLES_AND_COLUMNS : Phase.ADD_IDENTITIES;
            case ColumnChange.AlterColumnNullability c -> Phase.SET_NULLABILITY;
            // After the type change, whose new type an option (MAXVALUE) may need.
            case ColumnChange.AlterIdentityOptions c -> Phase.ADD_IDENTITIES;
            case TypeChange.DropEnum c -> Phase.DROP_TYPES;
            case TypeChange.DropSequence c -> Phase.DROP_TYPES;
            case NamespaceChange.DropExtension c -> Phase.DROP_EXTENSIONS;
            case NamespaceChange.DropSchema c -> Phase.DROP_SCHEMAS;
            case ConstraintChange.RenameConstraint c -> Phase.RENAME_CONSTRAINTS_AND_INDEXES;
            case ConstraintChange.RenameIndex c -> Phase.RENAME_CONSTRAINTS_AND_INDEXES;
            case ConstraintChange.AddConstraint c -> switch (c.constraint().kind()) {
                case PRIMARY_KEY -> Phase.ADD_PRIMARY_KEYS;
                case FOREIGN_KEY -> Phase.ADD_FOREIGN_KEYS;
                case UNIQUE, CHECK, EXCLUSION -> Phase.ADD_CONSTRAINTS;
            };
            case ConstraintChange.CreateIndex c -> Phase.CREATE_INDEXES;
            case ProgramChange.CreateView c -> Phase.CREATE_VIEWS;
            case ProgramChange.CreateTrigger c -> Phase.CREATE_TRIGGERS;
            case AccessChange.CreatePolicy c -> Phase.CREATE_ACCESS;
            case AccessChange.AlterPolicy c -> Phase.CREATE_ACCESS;
            case AccessChange.GrantPrivilege c -> Phase.GRANT_PRIVILEGES;
            case AccessChange.RevokeCreationGrant c -> Phase.GRANT_PRIVILEGES;
            case AccessChange.RestoreCreationGrant c -> Phase.DROP_ACCESS;
            case AccessChange.AlterDefaultPrivilege c -> Phase.ALTER_DEFAULT_PRIVILEGES;
            case SetComment c -> c.beforeDrops() ? Phase.DROP_COMMENTS : Phase.SET_COMMENTS;
            case EventTriggerChange.DropEventTrigger c -> Phase.DROP_EVENT_TRIGGERS;
            case EventTriggerChange.CreateEventTrigger c -> Phase.CREATE_EVENT_TRIGGERS;
            case EventTriggerChange.AlterEventTrigger c -> Phase.CREATE_EVENT_TRIGGERS;
            case OperatorChange.DropOperator c -> Phase.DROP_OPERATORS;
            case PublicationChange.DropPublication c -> Phase.DROP_PUBLICATIONS;
            case PublicationChange.DropPublicationTable c -> Phase.DROP_PUBLICATIONS;
            case PublicationChange.DropPublicationSchema c -> Phase.DROP_PUBLICATIONS;
            case PublicationChange.CreatePublication c -> Phase.CREATE_PUBLICATIONS;
            case PublicationChange.AlterPublication c -> Phase.CREATE_PUBLICATIONS;
            case PublicationChange.AddPublicationTable c -> Phase.CREATE_PUBLICATIONS;
            case PublicationChange.AddPublicationSchema c -> Phase.CREATE_PUBLICATIONS;
            case OperatorChange.CreateOperator c -> c.operator().usesTables() ? Phase.CREATE_TABLE_OPERATORS
                    : Phase.CREATE_OPERATORS;
        };
    }

    private static boolean leavesUserType(ColumnChange.AlterColumnType c) {
        return c.from().type().contains(".") && !c.from().type().equals(c.to().type());
    }

    /** Switching security off goes before the drops; switching it on waits for the policies' tables. */
    private static boolean relaxes(AlterRowSecurity c) {
        return !(c.toEnabled() && !c.fromEnabled()) && !(c.toForced() && !c.fromForced());
    }
}
