/** Turns change records into PostgreSQL statements, and owns the order they run in. */
@NullMarked
package dev.strata.schema.render;

import org.jspecify.annotations.NullMarked;
