package dev.strata.health;

import org.jspecify.annotations.Nullable;

/**
 * The migration part of the health body.
 *
 * @param current the newest applied version; null on an empty database or when it cannot be read
 * @param pending shipped migrations not yet applied; null when it cannot be read
 */
record MigrationState(@Nullable String current, @Nullable Integer pending) {

    static final MigrationState UNKNOWN = new MigrationState(null, null);
}
