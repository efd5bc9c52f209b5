/** Compares two SchemaModels: one differ per object kind, producing change records. */
@NullMarked
package dev.strata.schema.diff;

import org.jspecify.annotations.NullMarked;
