/** Immutable records of a PostgreSQL schema, keyed by qualified name; they hold no SQL-rendering logic. */
@NullMarked
@NamedInterface("model")
package dev.strata.schema.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
