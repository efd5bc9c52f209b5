package dev.strata.migration;

import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads migration scripts by file name from Flyway locations ({@code classpath:} or
 * {@code filesystem:}), and the down scripts from each location's sibling {@code downgrade}
 * folder: {@code db/migration/V1__x.sql} pairs with {@code db/downgrade/V1__x.sql}.
 */
final class ScriptFiles {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private final List<String> locations;

    ScriptFiles(List<String> locations) {
        this.locations = List.copyOf(locations);
    }

    /** The up script's text, or null when no location holds it. */
    @Nullable String up(String script) {
        return find(locations, script);
    }

    /** The down script's text, or null when it is missing. */
    @Nullable String down(String script) {
        return find(locations.stream().map(ScriptFiles::downgradeLocation).toList(), script);
    }

    /**
     * Whether the down script must run statement by statement: the {@code <script>.conf} beside it
     * (as Flyway reads one beside a migration) says {@code executeInTransaction=false}, as a
     * generated online revision's does when its down script builds or drops an index CONCURRENTLY.
     */
    boolean downOutsideTransaction(String script) {
        String config = find(locations.stream().map(ScriptFiles::downgradeLocation).toList(), name(script) + ".conf",
                "**/*.sql.conf");
        return config != null && config.lines().map(line -> line.replace(" ", ""))
                .anyMatch(line -> line.equalsIgnoreCase("executeInTransaction=false"));
    }

    /** Where the down scripts of a location live, as a location. */
    static String downgradeLocation(String location) {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        int slash = trimmed.lastIndexOf('/');
        int colon = trimmed.indexOf(':');
        return slash > colon ? trimmed.substring(0, slash + 1) + "downgrade" : trimmed.substring(0, colon + 1) + "downgrade";
    }

    /** A Spring resource pattern for everything under a Flyway location. */
    static String pattern(String location) {
        return pattern(location, "**/*.sql");
    }

    private static String pattern(String location, String files) {
        String spring = location.startsWith("filesystem:") ? "file:" + location.substring("filesystem:".length())
                : location.startsWith("classpath:") ? "classpath*:" + location.substring("classpath:".length())
                : location;
        return (spring.endsWith("/") ? spring : spring + "/") + files;
    }

    private static @Nullable String find(List<String> locations, String script) {
        return find(locations, name(script), "**/*.sql");
    }

    private static String name(String script) {
        return script.contains("/") ? script.substring(script.lastIndexOf('/') + 1) : script;
    }

    private static @Nullable String find(List<String> locations, String name, String files) {
        try {
            for (String location : locations) {
                for (Resource resource : RESOLVER.getResources(pattern(location, files))) {
                    if (name.equals(resource.getFilename())) {
                        return resource.getContentAsString(StandardCharsets.UTF_8);
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new StrataException("cannot read " + name + " from " + locations + ": " + e.getMessage(), e);
        }
    }
}
