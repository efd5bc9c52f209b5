/**
 * The schema diff engine: inspect a database into a model, compare two models into change
 * records, order and render them as SQL, lint them. {@link dev.strata.schema.SchemaDiff} is the
 * facade the CLI and autogenerate call.
 */
@NullMarked
package dev.strata.schema;

import org.jspecify.annotations.NullMarked;
