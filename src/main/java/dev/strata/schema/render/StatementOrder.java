package dev.strata.schema.render;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
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
import java.util.List;

/**
 * The one place that decides statement order: dependents are dropped (under the tables' old
 * names), namespaces, types and functions are created, asserted renames run, dropped columns and
 * tables go, tables and columns change, the types and namespaces no longer wanted are dropped, constraints and
 * indexes are added (foreign keys last), and views, triggers, policies, grants and comments are
 * created on the finished tables.
 */
public final class StatementOrder {

    private StatementOrder() {
    }

    /**
     * Sorts by phase, keeping the differs' order within a phase: the view differ already puts
     * drops dependents first and creates in dependency order.
     */
    public static List<Change> order(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(StatementOrder::phase));
        return List.copyOf(sorted);
    }

    static int phase(Change change) {
        return switch (change) {
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
            // A routine whose signature or SQL-standard body names a table waits for the tables.
            case ProgramChange.CreateRoutine c -> c.routine().usesTables() ? 38 : 22;
            case ProgramChange.ReplaceRoutine c -> c.to().usesTables() ? 38 : 22;
            // Dependents were dropped under the old names; everything after uses the new ones.
            case TableChange.RenameTable c -> 30;
            case ColumnChange.RenameColumn c -> 31;
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
}
