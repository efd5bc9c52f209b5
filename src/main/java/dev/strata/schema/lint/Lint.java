package dev.strata.schema.lint;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.TableChange.RenameTable;
import dev.strata.schema.ops.TypeWidening;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Flags what can lose data, fail on existing rows, or lock a busy table. Only tables that exist
 * in the {@code from} schema (under their new name when renamed) can hold rows, so changes to new
 * tables are never flagged.
 */
public final class Lint {

    private Lint() {
    }

    public static List<String> check(List<Change> changes, SchemaModel from) {
        // A renamed table keeps its rows under its new name.
        Set<QualifiedName> existing = new HashSet<>(from.tables().keySet());
        changes.stream().filter(c -> c instanceof RenameTable).forEach(c -> existing.add(((RenameTable) c).to()));
        List<String> warnings = new ArrayList<>();
        for (Change change : changes) {
            String warning = warning(change, existing);
            if (warning != null) {
                warnings.add(warning);
            }
        }
        return warnings;
    }

    private static @Nullable String warning(Change change, Set<QualifiedName> existing) {
        if (change.destructive()) {
            return "destructive: " + change.describe() + " can lose data; it needs --unsafe";
        }
        return switch (change) {
            case AddColumn c when existing.contains(c.table()) && c.column().notNull()
                    && c.column().defaultExpression() == null && c.column().identity() == Column.Identity.NONE
                    && c.column().generated() == null && !c.column().type().endsWith("serial") ->
                    "data-dependent: " + change.describe() + " is NOT NULL without a default: it fails if the table "
                            + "has rows; add a default, or add it nullable, backfill, then set NOT NULL";
            case AlterColumnNullability c when c.notNull() && existing.contains(c.table()) ->
                    "data-dependent: " + change.describe() + " fails if any row holds NULL; backfill first";
            case AddConstraint c when existing.contains(c.table()) -> constraint(c);
            case CreateIndex c when existing.contains(c.table()) ->
                    "locking: " + change.describe() + " blocks writes while it builds; on a large table build it "
                            + "with CREATE INDEX CONCURRENTLY in a migration of its own"
                            + (c.index().unique() ? "; it fails if existing rows hold duplicates" : "");
            case AlterColumnType c when rewrites(c) ->
                    "locking: " + change.describe() + " rewrites the table under an ACCESS EXCLUSIVE lock";
            default -> null;
        };
    }

    private static String constraint(AddConstraint c) {
        return switch (c.constraint().kind()) {
            case UNIQUE, PRIMARY_KEY, EXCLUSION -> "data-dependent: " + c.describe()
                    + " fails if existing rows violate it, and blocks writes while its index builds";
            case CHECK, FOREIGN_KEY -> "data-dependent: " + c.describe() + " fails if existing rows violate it; "
                    + "on a large table add it NOT VALID and VALIDATE CONSTRAINT in a later migration";
        };
    }

    /** Growing a varchar or dropping its limit only changes the catalog; other changes rewrite. */
    private static boolean rewrites(AlterColumnType c) {
        String a = c.from().type();
        String b = c.to().type();
        boolean varchar = a.startsWith("character varying") && (b.startsWith("character varying") || b.equals("text"));
        return !(varchar && TypeWidening.isWidening(a, b)) && !a.equals(b);
    }
}
