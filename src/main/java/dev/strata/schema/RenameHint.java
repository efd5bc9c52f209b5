package dev.strata.schema;

import org.jspecify.annotations.Nullable;

/**
 * A table dropped and one created with the same columns, or a column dropped and one added with
 * the same type: maybe a rename, which keeps the data if the user asserts it.
 *
 * @param rename the rename to assert, by the table's name in the {@code to} schema for a column
 * @param type the type the dropped and the added column share; null for a table
 */
public record RenameHint(Rename rename, @Nullable String type) implements Finding {
}
