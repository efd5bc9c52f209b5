/**
 * {@code db lint}: rules with stable names run on the statements of any migration, hand-written
 * ones included. The SQL is cut into statements and tokens by {@link SqlLexer}, an approximation
 * of PostgreSQL's own scanner (no Java library ships its parser); what it misses is listed in
 * HELP.md.
 */
@NullMarked
@NamedInterface("lint-sql")
package dev.strata.schema.lint.sql;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
