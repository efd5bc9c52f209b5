/** The database planes' wiring: the runtime R2DBC pool and the one-line description of a database failure. */
@NullMarked
package dev.strata.database;

import org.jspecify.annotations.NullMarked;
