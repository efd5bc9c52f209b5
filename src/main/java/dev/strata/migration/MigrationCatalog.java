package dev.strata.migration;

import dev.strata.settings.StrataException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The versioned migrations the service ships, read once from the migration locations without a
 * database, so that {@code /health} can tell how many are pending with one query over R2DBC.
 */
public final class MigrationCatalog {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private static final Pattern BASELINE = Pattern.compile("B([0-9][0-9._]*)__.+\\.sql");

    private final List<MigrationVersion> versions;
    private final List<MigrationVersion> baselines;

    /** The versioned migrations and the baseline migrations ({@code B<version>__...}, written by {@code db squash}). */
    MigrationCatalog(List<MigrationVersion> versions, List<MigrationVersion> baselines) {
        this.versions = versions.stream().sorted().toList();
        this.baselines = List.copyOf(baselines);
    }

    static MigrationCatalog scan(List<String> locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            List<MigrationVersion> found = new ArrayList<>();
            List<MigrationVersion> baselines = new ArrayList<>();
            for (String location : locations) {
                for (Resource resource : resolver.getResources(ScriptFiles.pattern(location))) {
                    MigrationVersion version = version(resource.getFilename());
                    if (version != null) {
                        found.add(version);
                    }
                    MigrationVersion baseline = parse(BASELINE, resource.getFilename());
                    if (baseline != null) {
                        baselines.add(baseline);
                    }
                }
            }
            return new MigrationCatalog(found, baselines);
        } catch (IOException e) {
            throw new StrataException("cannot list the migrations in " + locations + ": " + e.getMessage(), e);
        }
    }

    static @Nullable MigrationVersion version(@Nullable String filename) {
        return parse(VERSIONED, filename);
    }

    private static @Nullable MigrationVersion parse(Pattern pattern, @Nullable String filename) {
        Matcher matcher = pattern.matcher(Objects.requireNonNullElse(filename, ""));
        return matcher.matches() ? MigrationVersion.fromVersion(matcher.group(1).replace('_', '.')) : null;
    }

    /**
     * How many shipped versions are missing from {@code applied}. A database built from a
     * baseline migration has that baseline's version applied and never runs the versions at or
     * below it: those are not pending.
     */
    public int pending(List<String> applied) {
        List<MigrationVersion> done = applied.stream().map(MigrationVersion::fromVersion).toList();
        MigrationVersion base = baselines.stream().filter(done::contains).max(Comparator.naturalOrder()).orElse(null);
        return (int) versions.stream()
                .filter(v -> !done.contains(v) && (base == null || v.isNewerThan(base)))
                .count();
    }
}
