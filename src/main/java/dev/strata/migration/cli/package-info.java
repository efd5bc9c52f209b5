/**
 * The {@code strata db} commands: one class per verb, all calling {@code MigrationService}. The
 * named interface {@code cli} is {@link dev.strata.migration.cli.DbCli} alone, which the
 * application's main method runs for {@code db} arguments.
 */
@NullMarked
@NamedInterface("cli")
package dev.strata.migration.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
