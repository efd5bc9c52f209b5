/** Sealed change records, one per verb and object kind, each with reverse(). */
@NullMarked
package dev.strata.schema.ops;

import org.jspecify.annotations.NullMarked;
