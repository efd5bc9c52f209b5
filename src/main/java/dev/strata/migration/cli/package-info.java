/** The {@code strata db} commands: one class per verb, all calling {@code MigrationService}. */
@NullMarked
package dev.strata.migration.cli;

import org.jspecify.annotations.NullMarked;
