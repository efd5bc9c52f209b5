package dev.strata.migration;

import dev.strata.settings.StrataException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/** Which pending migrations an upgrade target selects, and which versions exist. */
final class UpgradePlan {

    private UpgradePlan() {
    }

    static List<MigrationInfo> pending(MigrationInfoService info, Targets.Up to) {
        List<MigrationInfo> all = Arrays.asList(info.all());
        List<MigrationInfo> pending = all.stream()
                .filter(m -> m.isVersioned() && m.getState() == MigrationState.PENDING)
                .sorted(Comparator.comparing(MigrationInfo::getVersion))
                .toList();
        return switch (to) {
            case Targets.Head head -> pending;
            case Targets.Forward forward -> {
                if (forward.count() > pending.size()) {
                    throw new StrataException("cannot apply " + forward.count() + " migration(s): only " + pending.size()
                            + " pending");
                }
                yield pending.subList(0, forward.count());
            }
            case Targets.UpTo upTo -> {
                MigrationVersion version = known(all, upTo.version());
                yield pending.stream().filter(m -> !m.getVersion().isNewerThan(version)).toList();
            }
        };
    }

    /** The newest version the files provide, or null when there are none. */
    static @Nullable MigrationVersion head(List<MigrationInfo> all) {
        return all.stream()
                .filter(m -> m.isVersioned() && m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The version itself when a migration file has it; otherwise an error naming it. */
    static MigrationVersion known(List<MigrationInfo> all, MigrationVersion version) {
        boolean exists = all.stream().anyMatch(m -> m.isVersioned() && m.getState().isResolved()
                && m.getVersion().equals(version));
        if (!exists) {
            throw new StrataException("version " + version + " does not exist: no migration file has it (see db history)");
        }
        return version;
    }
}
