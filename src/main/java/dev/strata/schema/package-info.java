/**
 * The schema diff engine, a library: inspect a database over a JDBC connection into a model,
 * compare two models into change records, order and render them as SQL, lint them into typed
 * findings. It knows nothing of the application. Other modules use {@link dev.strata.schema.SchemaDiff}
 * (the facade) and the value types of this package, plus the named interfaces {@code model} and
 * {@code ops}; inspect, diff, order, render and lint are internals.
 */
@NullMarked
package dev.strata.schema;

import org.jspecify.annotations.NullMarked;
