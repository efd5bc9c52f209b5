/** Embedded PostgreSQL and Redis processes for the zero-setup run and for tests. */
@NullMarked
package dev.strata.embedded;

import org.jspecify.annotations.NullMarked;
