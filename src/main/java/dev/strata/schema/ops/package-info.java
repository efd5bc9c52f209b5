/** Sealed change records, one per verb and object kind, each with reverse(). */
@NullMarked
@NamedInterface("ops")
package dev.strata.schema.ops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
