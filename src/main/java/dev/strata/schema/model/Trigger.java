package dev.strata.schema.model;

/**
 * A trigger on a table or a view.
 *
 * @param definition pg_get_triggerdef text: a complete CREATE TRIGGER statement
 */
public record Trigger(QualifiedName table, String name, String definition) {
}
