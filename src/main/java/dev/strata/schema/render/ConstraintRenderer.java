package dev.strata.schema.render;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.ConstraintChange;
import java.util.List;

/** Constraints and indexes. */
final class ConstraintRenderer {

    private ConstraintRenderer() {
    }

    static List<String> render(ConstraintChange change) {
        String table = "ALTER TABLE " + Sql.name(change.table()) + " ";
        return List.of(switch (change) {
            case ConstraintChange.AddConstraint c -> table + "ADD CONSTRAINT " + Sql.ident(c.constraint().name()) + " "
                    + c.constraint().definition();
            case ConstraintChange.DropConstraint c -> table + "DROP CONSTRAINT " + Sql.ident(c.constraint().name());
            case ConstraintChange.RenameConstraint c -> table + "RENAME CONSTRAINT " + Sql.ident(c.from()) + " TO "
                    + Sql.ident(c.to());
            case ConstraintChange.CreateIndex c -> c.index().definition();
            case ConstraintChange.DropIndex c -> "DROP INDEX " + index(c.table(), c.index().name());
            case ConstraintChange.RenameIndex c -> "ALTER INDEX " + index(c.table(), c.from()) + " RENAME TO "
                    + Sql.ident(c.to());
        });
    }

    /** An index lives in its table's schema. */
    private static String index(QualifiedName table, String name) {
        return Sql.name(table.withName(name));
    }
}
