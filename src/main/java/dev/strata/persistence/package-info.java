/**
 * How entity classes map to tables, one rule for both planes: Hibernate's schema generation (the
 * desired schema of autogenerate) and the R2DBC runtime, which reads rows into the same classes.
 */
@NullMarked
package dev.strata.persistence;

import org.jspecify.annotations.NullMarked;
