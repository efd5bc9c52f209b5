package dev.strata.migration.autogenerate.desired;

import dev.strata.settings.ToolSettings.EntityNaming;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The entities' rendering kept on disk, one file per input, so that a command whose classes have not
 * changed skips Hibernate (most of a no-change autogenerate's time). The key is a digest of what a
 * rendering depends on: the entity packages, the naming, the PostgreSQL major version, the JDK, and
 * every file of the class path the loader reads: a jar (the executable jar included) by path, size
 * and modification time, a folder such as {@code target/classes} by the bytes of each file below it.
 * A rebuilt jar, or any changed, added or removed class, therefore means another key: the cache is
 * only ever a copy of what Hibernate would render now. A loader whose class path cannot be listed (one that is not a
 * {@link URLClassLoader} or the application class loader, or a URL that is not a file) is never cached.
 * A jar's manifest {@code Class-Path} is followed one level.
 * Files are written whole under a temporary name and moved into place; the newest {@link #KEPT} stay.
 */
final class RenderingCache {

    /** Bump when what a file holds, or how the entities are rendered, changes meaning. */
    private static final String FORMAT = "strata-rendering-2";

    private static final int MAGIC = 0x53524331;

    /** How many renderings are kept, the newest. */
    static final int KEPT = 10;

    /** A class path folder with more files than this is not described (nor cached): the walk would cost more than it saves. */
    private static final int MAX_FILES = 50_000;

    /** Nor one holding more bytes than this (they are all read). */
    private static final long MAX_FOLDER_BYTES = 256L * 1024 * 1024;

    private final Path directory;

    RenderingCache(Path directory) {
        this.directory = directory;
    }

    /** What is cached: the entity classes' count, the DDL in Hibernate's order, the entity warnings. */
    record Entry(int classes, List<String> statements, List<String> warnings) {

        Entry {
            statements = List.copyOf(statements);
            warnings = List.copyOf(warnings);
        }
    }

    /** Where a rendering is kept in a cache folder, under its key. */
    record Slot(RenderingCache cache, String key) {

        Optional<Entry> read() {
            return cache.read(key);
        }

        void write(Entry entry) {
            cache.write(key, entry);
        }
    }

    /**
     * The slot of a rendering with these inputs in {@code directory}; empty without a folder, or when
     * the loader's class path cannot be listed.
     */
    static Optional<Slot> slot(@Nullable Path directory, List<String> packages, ClassLoader loader, EntityNaming naming,
            int majorVersion) {
        if (directory == null) {
            return Optional.empty();
        }
        RenderingCache cache = new RenderingCache(directory);
        return key(packages, loader, naming, majorVersion).map(key -> new Slot(cache, key));
    }

    /** The key of a rendering with these inputs; empty when the loader's class path cannot be listed. */
    static Optional<String> key(List<String> packages, ClassLoader loader, EntityNaming naming, int majorVersion) {
        CacheKey digest = new CacheKey();
        digest.add(FORMAT + "\0" + Runtime.version() + "\0" + naming + "\0" + majorVersion + "\0"
                + String.join(",", packages));
        List<String> roots = new ArrayList<>();
        if (!classPath(loader, roots)) {
            return Optional.empty();
        }
        try {
            for (String root : roots) {
                digest.add("root\0" + root);
                describe(Path.of(root), digest, true);
            }
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(digest.hex());
    }

    /** The rendering kept under {@code key}; empty when there is none or it cannot be read. */
    Optional<Entry> read(String key) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file(key)))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            int classes = in.readInt();
            return Optional.of(new Entry(classes, strings(in), strings(in)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code entry} under {@code key}, then drops all but the newest {@link #KEPT}. A cache that
     * cannot be written only costs the next command a rendering, so failures are not reported.
     */
    void write(String key, Entry entry) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, key, ".tmp");
            try {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                    out.writeInt(MAGIC);
                    out.writeInt(entry.classes());
                    write(out, entry.statements());
                    write(out, entry.warnings());
                }
                Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            prune();
        } catch (IOException e) {
            // the next command renders again
        }
    }

    private Path file(String key) {
        return directory.resolve(key + ".ddl");
    }

    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(path -> path.getFileName().toString().endsWith(".ddl")).toList();
        }
        if (files.size() <= KEPT) {
            return;
        }
        List<Path> newestFirst = new ArrayList<>(files);
        newestFirst.sort(Comparator.comparing(RenderingCache::modified).reversed());
        for (Path old : newestFirst.subList(KEPT, newestFirst.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * Adds the file-system roots {@code loader} reads classes from, its parents' first, to {@code roots}.
     * False when one of them cannot be listed. The JDK's own loaders end the walk (the JDK is in the key).
     */
    private static boolean classPath(@Nullable ClassLoader loader, List<String> roots) {
        if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
            return true;
        }
        if (!classPath(loader.getParent(), roots)) {
            return false;
        }
        if (loader == ClassLoader.getSystemClassLoader() && !(loader instanceof URLClassLoader)) {
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    roots.add(Path.of(entry).toAbsolutePath().normalize().toString());
                }
            }
            return true;
        }
        if (!(loader instanceof URLClassLoader urls)) {
            return false;
        }
        for (URL url : urls.getURLs()) {
            String root = root(url.toString());
            if (root == null) {
                return false;
            }
            roots.add(root);
        }
        return true;
    }

    /**
     * The file a class path URL reads from: a {@code file:} URL's path, or the outer jar of a
     * {@code jar:file:} or Spring Boot {@code jar:nested:} URL (a nested jar changes only with it); null otherwise.
     */
    static @Nullable String root(String url) {
        String target = url;
        if (target.startsWith("jar:nested:")) {
            return NestedJar.outerJar(target).map(Path::toString).orElse(null);
        }
        if (target.startsWith("jar:")) {
            int end = target.indexOf("!/");
            target = end < 0 ? target.substring(4) : target.substring(4, end);
        }
        if (!target.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(new URI(target)).toAbsolutePath().normalize().toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A file (a jar) by its size and modification time; a folder by the path and bytes of every file
     * below it, since a build rewrites unchanged files there (Maven's resources, build-info); a
     * missing root as missing.
     */
    private static void describe(Path root, CacheKey digest, boolean followManifest) throws IOException {
        if (!Files.exists(root)) {
            digest.add("missing");
            return;
        }
        if (!Files.isDirectory(root)) {
            digest.add(stamp(Files.readAttributes(root, BasicFileAttributes.class)));
            for (Path listed : followManifest ? manifestClassPath(root) : List.<Path>of()) {
                digest.add("listed\0" + listed);
                describe(listed, digest, false);
            }
            return;
        }
        List<Path> files;
        try (Stream<Path> walked = Files.walk(root)) {
            files = walked.filter(Files::isRegularFile).limit(MAX_FILES + 1L).sorted().toList();
        }
        if (files.size() > MAX_FILES) {
            throw new IOException(root + " holds more than " + MAX_FILES + " files: not a class folder");
        }
        long total = 0;
        for (Path file : files) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                total += bytes.length;
                if (total > MAX_FOLDER_BYTES) {
                    throw new IOException(root + " holds more than " + MAX_FOLDER_BYTES + " bytes: not a class folder");
                }
                digest.add(root.relativize(file) + "\0" + bytes.length).add(bytes);
            } catch (NoSuchFileException e) {
                digest.add(root.relativize(file) + "\0gone");
            }
        }
    }

    /**
     * The entries a jar's manifest adds to the class path ({@code Class-Path}, as in Surefire's
     * booter jar), relative to the jar's folder; none for a file that is not a jar.
     */
    private static List<Path> manifestClassPath(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            String listed = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (listed == null || listed.isBlank()) {
                return List.of();
            }
            List<Path> entries = new ArrayList<>();
            for (String entry : listed.strip().split("\\s+")) {
                String root = root(entry.contains(":") ? entry : file.toUri().resolve(entry).toString());
                if (root == null) {
                    throw new IOException("cannot follow " + entry + " in " + file);
                }
                entries.add(Path.of(root));
            }
            return entries;
        }
    }

    private static String stamp(BasicFileAttributes attributes) {
        return attributes.size() + "\0" + attributes.lastModifiedTime().toInstant();
    }

    private static void write(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String text : strings) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1_000_000) {
            throw new IOException("not a rendering");
        }
        List<String> strings = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            int length = in.readInt();
            if (length < 0 || length > 64 * 1024 * 1024) {
                throw new IOException("not a rendering");
            }
            strings.add(new String(readFully(in, length), StandardCharsets.UTF_8));
        }
        return strings;
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return bytes;
    }
}
