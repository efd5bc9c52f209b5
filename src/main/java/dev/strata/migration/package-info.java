/** Flyway migrations: the boot-time runner and the MigrationService every db verb calls. */
@NullMarked
package dev.strata.migration;

import org.jspecify.annotations.NullMarked;
