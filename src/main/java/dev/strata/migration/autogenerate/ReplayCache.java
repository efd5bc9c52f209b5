package dev.strata.migration.autogenerate;

import dev.strata.migration.autogenerate.desired.CacheKey;
import dev.strata.migration.autogenerate.shadow.ScratchDatabase;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.settings.StrataException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migrations replayed once per content: the first command applies them to a scratch database
 * and keeps a copy as a template database on the scratch server, named by a digest of every file
 * under the migration locations (names and bytes: the migrations, Flyway's SQL callbacks, Java
 * migrations), the Supabase baseline when it is on, and the Strata and Flyway versions. A later command
 * whose files hash the same copies the template ({@code CREATE DATABASE ... TEMPLATE}) instead of
 * replaying; a changed, added or removed file gives another name, so the stale template is never
 * used. Locations that cannot be listed here (such as {@code s3:}) are replayed every time.
 */
final class ReplayCache {

    /** Bump when what a template holds changes meaning. */
    private static final String FORMAT = "strata-replay-1";

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private ReplayCache() {
    }

    /** The migrations' scratch database and whether it came from the cache. */
    record Migrated(ScratchDatabase database, boolean cached) {
    }

    /** A scratch database with every migration applied: a copy of the cached replay, or a replay that is then cached. */
    static Migrated migrated(ScratchServer scratch, List<String> locations, Consumer<String> progress) {
        long begin = System.nanoTime();
        Optional<String> template = templateName(locations, scratch.baselineSql());
        if (template.isPresent()) {
            ScratchDatabase copy = scratch.copyOf(template.get());
            if (copy != null) {
                progress.accept("Current schema: the migrations' replay copied from " + template.get()
                        + " (cached by the migrations' checksums) in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
                return new Migrated(copy, true);
            }
        }
        ScratchDatabase start = scratch.create();
        try {
            CurrentSchema.build(start.settings(), locations, progress);
            template.ifPresent(name -> scratch.keepAsTemplate(start, name));
            return new Migrated(start, false);
        } catch (RuntimeException e) {
            start.close();
            throw e;
        }
    }

    /** {@link ScratchServer#TEMPLATE_PREFIX} and the digest of what a replay depends on; empty when a location cannot be read. */
    static Optional<String> templateName(List<String> locations, String baseline) {
        CacheKey digest = new CacheKey();
        digest.add(FORMAT + "\0" + version(ReplayCache.class) + "\0" + version(Flyway.class) + "\0" + baseline);
        // Each location by its place in the list, not its path: the same files in another checkout hash the same.
        for (int index = 0; index < locations.size(); index++) {
            Optional<TreeMap<String, Resource>> files = files(locations.get(index));
            if (files.isEmpty()) {
                return Optional.empty();
            }
            digest.add("location\0" + index);
            for (var file : files.get().entrySet()) {
                digest.add("file\0" + file.getKey());
                try (InputStream in = file.getValue().getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    digest.add(Integer.toString(bytes.length)).add(bytes);
                } catch (IOException e) {
                    throw new StrataException("cannot read " + file.getValue().getDescription() + ": " + e.getMessage(), e);
                }
            }
        }
        return Optional.of(ScratchServer.TEMPLATE_PREFIX + digest.hex());
    }

    /** Every readable file under a {@code filesystem:} or {@code classpath:} location, by its path below it. */
    private static Optional<TreeMap<String, Resource>> files(String location) {
        String root;
        String pattern;
        if (location.startsWith("filesystem:")) {
            root = location.substring("filesystem:".length());
            pattern = "file:" + root;
        } else if (location.startsWith("classpath:") || !location.contains(":")) {
            root = location.substring(location.indexOf(':') + 1).replaceFirst("^/+", "");
            pattern = "classpath*:" + root;
        } else {
            return Optional.empty();
        }
        String folder = root.endsWith("/") ? root : root + "/";
        TreeMap<String, Resource> files = new TreeMap<>();
        try {
            for (Resource resource : RESOLVER.getResources((pattern.endsWith("/") ? pattern : pattern + "/") + "**/*")) {
                String url = resource.getURL().toString();
                if (!resource.isReadable() || url.endsWith("/")) {
                    continue;
                }
                int at = url.lastIndexOf(folder);
                String below = at < 0 ? url : url.substring(at + folder.length());
                // Two classpath roots may hold the same path: both count, the second by its URL.
                files.put(files.containsKey(below) ? url : below, resource);
            }
        } catch (IOException e) {
            throw new StrataException("cannot list the migrations in " + location + ": " + e.getMessage(), e);
        }
        return Optional.of(files);
    }

    private static String version(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "unversioned" : version;
    }
}
