/** Flags destructive, data-dependent and locking hazards in a list of changes. */
@NullMarked
package dev.strata.schema.lint;

import org.jspecify.annotations.NullMarked;
