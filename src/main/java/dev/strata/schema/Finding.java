package dev.strata.schema;

/**
 * What a diff tells its reader beyond the changes: a {@link Hazard} of one change, or a
 * {@link RenameHint}. The engine gives them as values; the application words them.
 */
public sealed interface Finding permits Hazard, RenameHint {
}
