package dev.strata.schema.diff;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.IdentityOptions;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnDefault;
import dev.strata.schema.ops.ColumnChange.AlterColumnExpression;
import dev.strata.schema.ops.ColumnChange.AlterColumnIdentity;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.AlterIdentityOptions;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The columns of a table that exists on both sides; column order is not compared. */
final class ColumnDiffer {

    private ColumnDiffer() {
    }

    static List<Change> diff(Table from, Table to) {
        List<Change> changes = new ArrayList<>();
        for (Column column : to.columns()) {
            Optional<Column> old = from.column(column.name());
            if (old.isEmpty()) {
                changes.add(new AddColumn(to.name(), column));
            } else {
                changes.addAll(changed(to, old.get(), column));
            }
        }
        from.columns().stream().filter(c -> to.column(c.name()).isEmpty())
                .forEach(c -> changes.add(new DropColumn(to.name(), c)));
        return changes;
    }

    private static List<Change> changed(Table table, Column original, Column b) {
        List<Change> changes = new ArrayList<>();
        Column a = original;
        if (a.generated() != null && b.generated() == null) {
            // Generated to ordinary keeps the stored values; what else differs is altered after.
            changes.add(new AlterColumnExpression(table.name(), a, a.withGenerated(null)));
            a = a.withGenerated(null);
        } else if (!Objects.equals(a.generated(), b.generated())) {
            // A stored expression cannot be altered in place: the column is computed again.
            return List.of(new DropColumn(table.name(), a), new AddColumn(table.name(), b));
        }
        boolean retyped = !a.type().equals(b.type()) || !Objects.equals(a.collation(), b.collation());
        if (retyped) {
            // The type change drops and sets the default itself: the old one may not cast.
            changes.add(new AlterColumnType(table.name(), a, b));
        } else if (!Objects.equals(a.defaultExpression(), b.defaultExpression())) {
            changes.add(new AlterColumnDefault(table.name(), b.name(), a.defaultExpression(), b.defaultExpression()));
        }
        if (a.notNull() != b.notNull()) {
            changes.add(new AlterColumnNullability(table.name(), b.name(), b.notNull()));
        }
        if (a.identity() != b.identity()) {
            Column identity = b.identity() != Column.Identity.NONE ? b : a;
            changes.add(new AlterColumnIdentity(table.name(), b.name(), a.identity(), b.identity(),
                    identity.identityOptions(), identity.type()));
        }
        if (a.identity() != Column.Identity.NONE && b.identity() != Column.Identity.NONE) {
            // A type change moves default bounds itself (integer's largest value becomes bigint's).
            IdentityOptions before = a.identityOptionsOrDefaults().retyped(a.type(), b.type());
            if (!before.equals(b.identityOptionsOrDefaults())) {
                changes.add(new AlterIdentityOptions(table.name(), b.name(), before, b.identityOptionsOrDefaults()));
            }
        }
        return changes;
    }
}
