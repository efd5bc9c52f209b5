/**
 * {@code db revision --autogenerate}: the current schema (the migrations applied to a scratch
 * database) against the desired one (the entities and the declarative SQL), diffed, verified and
 * written as a migration and its down script.
 */
@NullMarked
package dev.strata.migration.autogenerate;

import org.jspecify.annotations.NullMarked;
