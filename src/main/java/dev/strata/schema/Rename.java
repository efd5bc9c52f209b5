package dev.strata.schema;

import dev.strata.schema.model.QualifiedName;
import org.jspecify.annotations.Nullable;

/**
 * A rename the user asserted with {@code --rename OLD=NEW}: the object keeps its data instead of
 * being dropped and created.
 *
 * @param table the table as it is in the {@code from} schema
 * @param column the column's old name for a column rename, null for a table rename
 * @param newName the new table or column name
 */
public record Rename(QualifiedName table, @Nullable String column, String newName) {

    /** The reverse rename, for the round trip. */
    public Rename reverse() {
        return column == null ? new Rename(table.withName(newName), null, table.name())
                : new Rename(table, newName, column);
    }
}
