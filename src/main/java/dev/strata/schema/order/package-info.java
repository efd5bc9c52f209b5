/**
 * The one place that decides in which order changes run: each change belongs to a named phase,
 * and views are sorted by what they read within theirs.
 */
@NullMarked
package dev.strata.schema.order;

import org.jspecify.annotations.NullMarked;
