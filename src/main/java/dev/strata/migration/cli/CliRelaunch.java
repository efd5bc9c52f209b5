package dev.strata.migration.cli;

import dev.strata.migration.autogenerate.desired.CacheKey;
import dev.strata.migration.autogenerate.desired.NestedJar;
import dev.strata.settings.EmbeddedSettings;
import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar strata.jar db ...} runs the command in a second JVM started the way a JVM
 * starts fastest: from an unpacked copy of the jar (the JDK's own class path rather than Spring
 * Boot's nested jars, which cost about 0.65 s of class loading in a no-change autogenerate, more
 * when Hibernate renders), with a class data sharing archive of the classes the same verb loaded
 * (AppCDS) and the C1 compiler only (a command is over before C2 pays off). The copy lives in
 * {@code <STRATA_HOME>/cache/cli}: the libraries once by content ({@code lib/}), the application's
 * classes per built jar ({@code <digest>/strata.jar}, the two most recently used). The first run
 * of a verb on a built jar lists the classes it loads ({@code -XX:DumpLoadedClassList}, which costs
 * nothing noticeable); a detached process then dumps the archive from that list
 * ({@code -Xshare:dump}, about 3 s of CPU) while the user reads the output; later runs map it.
 * JDK 25's AOT cache was tried first: its recording run took 7 s instead of 2.
 * <p>
 * Only a plain {@code java [options] -jar strata.jar db ...} on a POSIX system is relaunched, with
 * its JVM options passed on; anything else (the image, which starts from an unpacked jar with its
 * own caches, {@code spring-boot:run}, the tests, other launchers) runs in this JVM as before.
 * {@code STRATA_CLI_CACHE=false} turns it off; it is off by default when {@code CI} is set, where
 * every machine is new and the unpacking would be paid each time. Standard input, output and
 * error are the child's own; its exit code is this process's.
 */
public final class CliRelaunch {

    /** The setting: {@code true} or {@code false}; default true, false when {@code CI} is set. */
    public static final String SETTING = "STRATA_CLI_CACHE";

    /** The environment variable a relaunched command finds set, so it never relaunches again. */
    static final String RELAUNCHED = "STRATA_CLI_RELAUNCHED";

    /** The verbs that get an archive of their own: {@link DbCli}'s. */
    static final Set<String> VERBS = Set.of("current", "history", "heads", "upgrade", "downgrade", "stamp", "check",
            "revision", "diff", "lint", "squash");

    /** How many built jars keep their unpacked classes and archives (each verb's archive is some 30 MB). */
    static final int KEPT = 2;

    private static final String FORMAT = "strata-cli-1";
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";
    private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";
    private static final String APP_JAR = "strata.jar";
    private static final String CLASSPATH_FILE = "classpath.txt";

    /** Flags of the relaunched JVM, before the user's own (which win); an archive that does not fit is skipped silently. */
    private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-Xlog:cds*=off");

    /** The user's flags that choose a class cache of their own: then nothing is relaunched. */
    private static final List<String> OWN_CACHE = List.of("-XX:AOT", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:DumpLoadedClassList", "-XX:SharedClassListFile",
            "-XX:+AutoCreateSharedArchive", "-Xshare", "-XX:+RecordDynamicDumpInfo");

    private static final String DUMP = """
            java=$1 classes=$2 temporary=$3 archive=$4 failed=$5
            shift 5
            if "$java" -Xshare:dump -XX:SharedClassListFile="$classes" -XX:SharedArchiveFile="$temporary" "$@" \
                    >/dev/null 2>&1 && [ -s "$temporary" ]; then
                mv -f "$temporary" "$archive"
            else
                rm -f "$temporary"
                : > "$failed"
            fi
            rm -f "$classes"
            """;

    /**
     * How this JVM was started: the jar it runs from (a Spring Boot jar), the java binary, and the
     * options given before {@code -jar}.
     */
    record Launch(Path jar, Path java, List<String> options) {
    }

    /** The unpacked copy of one built jar, and the verb's archive files in it. */
    record Copy(Path directory, String verb) {

        Path jar() {
            return directory.resolve(APP_JAR);
        }

        /** The verb's class data sharing archive. */
        Path archive() {
            return directory.resolve(verb + ".jsa");
        }

        /** The classes the verb's first run loaded, while the archive is being dumped from them. */
        Path classList() {
            return directory.resolve(verb + ".classlist");
        }

        Path failed() {
            return directory.resolve(verb + ".failed");
        }
    }

    private CliRelaunch() {
    }

    /**
     * Runs {@code db <args>} in a second JVM when that is faster, and returns its exit code; empty
     * when this JVM should run the command itself (not relaunched, or the copy could not be made).
     */
    public static OptionalInt run(List<String> args, Env env) {
        try {
            if (!enabled(env) || !posix()) {
                return OptionalInt.empty();
            }
            CodeSource source = CliRelaunch.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            Optional<Launch> launch = launch(location == null ? "" : location.toString(), ProcessHandle.current().info());
            if (launch.isEmpty()) {
                return OptionalInt.empty();
            }
            Path root = EmbeddedSettings.from(env).home().resolve("cache").resolve("cli");
            Copy copy = unpack(launch.get(), root, verb(args));
            return OptionalInt.of(execute(launch.get(), copy, args, ProcessBuilder.Redirect.INHERIT));
        } catch (IOException | UncheckedIOException | StrataException | SecurityException e) {
            return OptionalInt.empty();
        }
    }

    /** On unless turned off, or when {@code CI} is set (to anything but false or 0). */
    static boolean enabled(Env env) {
        if (env.has(RELAUNCHED)) {
            return false;
        }
        String ci = env.get("CI");
        boolean inCi = ci != null && !ci.isBlank() && !ci.strip().equalsIgnoreCase("false") && !ci.strip().equals("0");
        return env.flag(SETTING, !inCi);
    }

    private static boolean posix() {
        return java.io.File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh"));
    }

    /**
     * The launch, when this JVM runs a Spring Boot jar's classes (their code source {@code location}
     * is {@code jar:nested:/...!/}) and
     * was started {@code java [options] -jar <that jar> db ...} with no option choosing a cache.
     */
    static Optional<Launch> launch(String location, ProcessHandle.Info info) {
        Optional<Path> outer = NestedJar.outerJar(location);
        if (outer.isEmpty()) {
            return Optional.empty();
        }
        Path jar = outer.get();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = List.of(arguments.get());
        int dashJar = all.indexOf("-jar");
        if (dashJar < 0 || dashJar + 2 >= all.size() || !all.get(dashJar + 2).equals("db")) {
            return Optional.empty();
        }
        try {
            if (!Files.isSameFile(Path.of(all.get(dashJar + 1)), jar)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> options = all.subList(0, dashJar);
        if (options.stream().anyMatch(option -> OWN_CACHE.stream().anyMatch(option::startsWith))) {
            return Optional.empty();
        }
        return Optional.of(new Launch(jar, Path.of(command.get()), List.copyOf(options)));
    }

    /**
     * The archive's name: the verb (the first argument, as {@link DbCli} reads it), {@code db}
     * without arguments, {@code other} for anything else. Named here rather than asked of
     * {@link DbCli}, whose verbs' classes this JVM should not load; a test keeps the two lists equal.
     */
    static String verb(List<String> args) {
        if (args.isEmpty()) {
            return "db";
        }
        return VERBS.contains(args.getFirst()) ? args.getFirst() : "other";
    }

    /**
     * The unpacked copy of the launch's jar under {@code root}, made when missing: named by a
     * digest of the jar's path, size and modification time, the JVM and its options (an archive
     * only works with the JVM and the flags it was dumped with).
     */
    static Copy unpack(Launch launch, Path root, String verb) throws IOException {
        Path jar = launch.jar();
        CacheKey digest = new CacheKey().add(FORMAT).add(jar.toAbsolutePath().toString()).add(Long.toString(Files.size(jar)))
                .add(Long.toString(Files.getLastModifiedTime(jar).toMillis())).add(launch.java().toString())
                .add(Runtime.version().toString());
        launch.options().forEach(digest::add);
        String key = digest.hex();
        Path directory = root.resolve(key);
        Copy copy = new Copy(directory, verb);
        if (Files.isRegularFile(directory.resolve(CLASSPATH_FILE))) {
            Files.setLastModifiedTime(directory, FileTime.fromMillis(System.currentTimeMillis()));
            return copy;
        }
        Files.createDirectories(root.resolve("lib"));
        Path staging = Files.createTempDirectory(root, key + ".");
        try {
            List<String> classPath = write(jar, root.resolve("lib"), staging);
            // The class path list is written last: its presence says the copy is whole.
            Files.write(staging.resolve(CLASSPATH_FILE), classPath, StandardCharsets.UTF_8);
            try {
                Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isRegularFile(directory.resolve(CLASSPATH_FILE))) {
                    throw raced;
                }
                // another command made the same copy at the same time
            }
        } finally {
            delete(staging);
        }
        prune(root);
        return copy;
    }

    /**
     * Writes the libraries missing from {@code lib} (named by file name, size and CRC: the same
     * library of another build is not written again) and the application jar into
     * {@code directory}; returns the libraries' file names, in the class path's order.
     */
    private static List<String> write(Path fatJar, Path lib, Path directory) throws IOException {
        try (JarFile fat = new JarFile(fatJar.toFile(), false)) {
            List<String> order = new ArrayList<>();
            ZipEntry index = fat.getEntry(CLASSPATH_INDEX);
            if (index != null) {
                try (InputStream in = fat.getInputStream(index)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                        String name = line.strip();
                        if (name.startsWith("- ")) {
                            name = name.substring(2).strip();
                        }
                        if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
                            name = name.substring(1, name.length() - 1);
                        }
                        if (!name.isEmpty()) {
                            order.add(name);
                        }
                    }
                }
            }
            List<JarEntry> libraries = new ArrayList<>();
            fat.stream().filter(entry -> entry.getName().startsWith(LIB) && entry.getName().endsWith(".jar")
                    && entry.getName().indexOf('/', LIB.length()) < 0).forEach(libraries::add);
            libraries.sort(Comparator.comparingInt((JarEntry entry) -> {
                int at = order.indexOf(entry.getName());
                return at < 0 ? Integer.MAX_VALUE : at;
            }));
            List<String> classPath = new ArrayList<>();
            for (JarEntry entry : libraries) {
                String file = entry.getName().substring(LIB.length());
                String stem = file.substring(0, file.length() - ".jar".length());
                String name = stem + "-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize() + ".jar";
                Path target = lib.resolve(name);
                if (!Files.isRegularFile(target) || Files.size(target) != entry.getSize()) {
                    Path temporary = Files.createTempFile(lib, name, ".tmp");
                    try (InputStream in = fat.getInputStream(entry)) {
                        Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(temporary);
                    }
                }
                classPath.add(name);
            }
            Manifest manifest = new Manifest();
            Attributes main = manifest.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            Manifest fatManifest = fat.getManifest();
            if (fatManifest != null) {
                fatManifest.getMainAttributes().forEach((name, value) -> {
                    if (name.toString().startsWith("Implementation-")) {
                        main.put(name, value);
                    }
                });
                String start = fatManifest.getMainAttributes().getValue("Start-Class");
                if (start != null) {
                    main.put(Attributes.Name.MAIN_CLASS, start);
                }
            }
            main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath.stream().map(name -> "../lib/" + name).toList()));
            try (OutputStream file = Files.newOutputStream(directory.resolve(APP_JAR));
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                byte[] buffer = new byte[64 * 1024];
                for (JarEntry entry : fat.stream().toList()) {
                    String name = entry.getName();
                    if (!name.startsWith(CLASSES) || name.length() == CLASSES.length()
                            || name.equals(CLASSES + "META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    JarEntry copied = new JarEntry(name.substring(CLASSES.length()));
                    copied.setTime(entry.getTime());
                    out.putNextEntry(copied);
                    if (!entry.isDirectory()) {
                        try (InputStream in = fat.getInputStream(entry)) {
                            int read;
                            while ((read = in.read(buffer)) > 0) {
                                out.write(buffer, 0, read);
                            }
                        }
                    }
                    out.closeEntry();
                }
            }
            return classPath;
        }
    }

    /**
     * Keeps the {@link #KEPT} most recently used copies, and the libraries they use; a copy left
     * half made an hour ago (its command was killed) goes too.
     */
    static void prune(Path root) throws IOException {
        List<Path> copies = new ArrayList<>();
        long anHourAgo = System.currentTimeMillis() - 3_600_000;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry.resolve(CLASSPATH_FILE))) {
                    copies.add(entry);
                } else if (!entry.getFileName().toString().equals("lib") && modified(entry).toMillis() < anHourAgo) {
                    delete(entry);
                }
            }
        }
        copies.sort(Comparator.comparing(CliRelaunch::modified).reversed());
        for (Path old : copies.subList(Math.min(KEPT, copies.size()), copies.size())) {
            delete(old);
        }
        Set<String> used = new HashSet<>();
        for (Path kept : copies.subList(0, Math.min(KEPT, copies.size()))) {
            used.addAll(Files.readAllLines(kept.resolve(CLASSPATH_FILE), StandardCharsets.UTF_8));
        }
        try (DirectoryStream<Path> libraries = Files.newDirectoryStream(root.resolve("lib"), "*.jar")) {
            for (Path library : libraries) {
                if (!used.contains(library.getFileName().toString())) {
                    Files.deleteIfExists(library);
                }
            }
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * The command line of the second JVM: the archive when it exists; else listing the classes
     * loaded, unless a list is being dumped into an archive or dumping failed before.
     */
    static List<String> commandLine(Launch launch, Copy copy, List<String> args, @Nullable Path recording) {
        List<String> command = new ArrayList<>();
        command.add(launch.java().toString());
        command.addAll(FLAGS);
        if (Files.isRegularFile(copy.archive())) {
            command.add("-XX:SharedArchiveFile=" + copy.archive());
        } else if (recording != null) {
            command.add("-XX:DumpLoadedClassList=" + recording);
        }
        command.addAll(launch.options());
        command.add("-jar");
        command.add(copy.jar().toString());
        command.add("db");
        command.addAll(args);
        return command;
    }

    /** Runs the second JVM (its standard output to {@code out}, the rest inherited) and returns its exit code. */
    static int execute(Launch launch, Copy copy, List<String> args, ProcessBuilder.Redirect out) throws IOException {
        boolean record = VERBS.contains(copy.verb()) && !Files.isRegularFile(copy.archive())
                && !Files.exists(copy.classList()) && !Files.exists(copy.failed());
        Path recording = record ? copy.directory().resolve(copy.verb() + ".classlist." + ProcessHandle.current().pid()) : null;
        ProcessBuilder builder = new ProcessBuilder(commandLine(launch, copy, args, recording)).inheritIO().redirectOutput(out);
        builder.environment().put(RELAUNCHED, "1");
        Process child = builder.start();
        Thread forward = new Thread(() -> {
            // SIGTERM to this process alone (a supervisor): the child gets it too, and is waited for.
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "strata-cli-relaunch");
        Runtime.getRuntime().addShutdownHook(forward);
        int exit;
        try {
            exit = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = 130;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs: the child is gone already
        }
        if (recording != null) {
            dumpArchive(launch, copy, recording);
        }
        return exit;
    }

    /** Dumps the verb's archive from a finished class list in a detached process; a failure is left for the next run to see. */
    private static void dumpArchive(Launch launch, Copy copy, Path recording) {
        try {
            if (!Files.isRegularFile(recording) || Files.size(recording) == 0) {
                Files.deleteIfExists(recording);
                return;
            }
            Files.move(recording, copy.classList(), StandardCopyOption.ATOMIC_MOVE);
            List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", DUMP, "strata-cli-cache",
                    launch.java().toString(), copy.classList().toString(),
                    copy.directory().resolve(copy.verb() + ".jsa.tmp").toString(), copy.archive().toString(),
                    copy.failed().toString()));
            command.addAll(FLAGS);
            command.addAll(launch.options());
            command.add("-cp");
            command.add(copy.jar().toString());
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // no archive this time: the next run of the verb lists its classes again
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
