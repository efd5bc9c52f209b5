package dev.strata.schema.lint;

import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
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

    public static List<Hazard> check(List<Change> changes, SchemaModel from) {
        // A renamed table keeps its rows under its new name.
        Set<QualifiedName> existing = new HashSet<>(from.tables().keySet());
        changes.stream().filter(c -> c instanceof RenameTable).forEach(c -> existing.add(((RenameTable) c).to()));
        List<Hazard> hazards = new ArrayList<>();
        for (Change change : changes) {
            Hazard hazard = hazard(change, existing);
            if (hazard != null) {
                hazards.add(hazard);
            }
        }
        return hazards;
    }

    private static @Nullable Hazard hazard(Change change, Set<QualifiedName> existing) {
        if (change.destructive()) {
            return new Hazard(HazardKind.DELETES_DATA, change, "can lose data; it needs --unsafe");
        }
        return switch (change) {
            case AddColumn c when existing.contains(c.table()) && c.column().notNull()
                    && c.column().defaultExpression() == null && c.column().identity() == Column.Identity.NONE
                    && c.column().generated() == null && !c.column().type().endsWith("serial") ->
                    new Hazard(HazardKind.FAILS_ON_EXISTING_ROWS, c, "is NOT NULL without a default: it fails if the "
                            + "table has rows; add a default, or add it nullable, backfill, then set NOT NULL");
            case AlterColumnNullability c when c.notNull() && existing.contains(c.table()) ->
                    new Hazard(HazardKind.FAILS_ON_EXISTING_ROWS, c, "fails if any row holds NULL; backfill first");
            case AddConstraint c when existing.contains(c.table()) ->
                    new Hazard(HazardKind.FAILS_ON_EXISTING_ROWS, c, constraint(c));
            case CreateIndex c when existing.contains(c.table()) ->
                    new Hazard(HazardKind.INDEX_BUILD, c, "blocks writes while it builds; on a large table build it "
                            + "with CREATE INDEX CONCURRENTLY in a migration of its own"
                            + (c.index().unique() ? "; it fails if existing rows hold duplicates" : ""));
            case AlterColumnType c when rewrites(c) ->
                    new Hazard(HazardKind.TABLE_REWRITE, c, "rewrites the table under an ACCESS EXCLUSIVE lock");
            default -> null;
        };
    }

    private static String constraint(AddConstraint c) {
        return switch (c.constraint().kind()) {
            case UNIQUE, PRIMARY_KEY, EXCLUSION ->
                    "fails if existing rows violate it, and blocks writes while its index builds";
            case CHECK, FOREIGN_KEY -> "fails if existing rows violate it; "
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
