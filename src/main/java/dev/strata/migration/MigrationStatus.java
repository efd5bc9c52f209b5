package dev.strata.migration;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;

/**
 * Where a database stands.
 *
 * @param current the newest applied version, null on an empty database
 * @param pending how many available migrations are not applied yet
 */
public record MigrationStatus(@Nullable String current, int pending) {

    static MigrationStatus of(MigrationInfoService info) {
        MigrationInfo applied = info.current();
        String version = applied == null || applied.getVersion() == null ? null : applied.getVersion().getVersion();
        return new MigrationStatus(version, info.pending().length);
    }
}
