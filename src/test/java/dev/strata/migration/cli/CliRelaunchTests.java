package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.settings.Env;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CliRelaunch}: when a {@code db} command moves to a second JVM, how a Spring Boot jar is
 * unpacked beside it, and a real second JVM listing its classes, a detached process dumping them
 * into a class data sharing archive, and the next JVM mapping it. The jars here are built by the test in Spring Boot's layout ({@code BOOT-INF/classes},
 * {@code BOOT-INF/lib}, {@code classpath.idx}); the second JVM runs {@link RelaunchProbe}.
 */
class CliRelaunchTests {

    @TempDir
    Path dir;

    @Test
    void onlyAPlainJavaDashJarOfThisVeryJarIsRelaunchedWithItsOptions() throws IOException {
        Path jar = Files.createFile(dir.resolve("strata.jar"));
        String nested = "jar:nested:" + jar.toUri().getRawPath() + "/!BOOT-INF/classes/!/";

        assertThat(CliRelaunch.launch(nested, info("/jdk/bin/java", "-jar", jar.toString(), "db", "current")))
                .hasValueSatisfying(launch -> {
                    assertThat(launch.jar()).isEqualTo(jar);
                    assertThat(launch.java()).isEqualTo(Path.of("/jdk/bin/java"));
                    assertThat(launch.options()).isEmpty();
                });
        assertThat(CliRelaunch.launch(nested, info("/jdk/bin/java", "-Xmx1g", "-Dx=y z", "-jar", jar.toString(), "db")))
                .hasValueSatisfying(launch -> assertThat(launch.options()).containsExactly("-Xmx1g", "-Dx=y z"));

        // Spring Boot percent-encodes the jar's path in the URL.
        Path spaced = Files.createFile(Files.createDirectories(dir.resolve("my app")).resolve("strata.jar"));
        assertThat(CliRelaunch.launch("jar:nested:" + spaced.toUri().getRawPath() + "/!BOOT-INF/classes/!/",
                info("/jdk/bin/java", "-jar", spaced.toString(), "db", "current")))
                .hasValueSatisfying(launch -> assertThat(launch.jar()).isEqualTo(spaced));

        // The user's own cache, another launcher, another jar, the service, classes from a folder.
        assertThat(CliRelaunch.launch(nested, info("/jdk/bin/java", "-XX:AOTCache=a.aot", "-jar", jar.toString(), "db")))
                .isEmpty();
        assertThat(CliRelaunch.launch(nested, info("/jdk/bin/java", "-Xshare:off", "-jar", jar.toString(), "db"))).isEmpty();
        assertThat(CliRelaunch.launch(nested, info("/jdk/bin/java", "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "db", "current"))).isEmpty();
        Path other = Files.createFile(dir.resolve("other.jar"));
        assertThat(CliRelaunch.launch(nested, info("/jdk/bin/java", "-jar", other.toString(), "db"))).isEmpty();
        assertThat(CliRelaunch.launch(nested, info("/jdk/bin/java", "-jar", jar.toString()))).isEmpty();
        assertThat(CliRelaunch.launch(dir.toUri().toString(), info("/jdk/bin/java", "-jar", jar.toString(), "db")))
                .isEmpty();
        assertThat(CliRelaunch.launch(nested, new Info(Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void onByDefaultOffInCiUnlessAskedForAndNeverTwice() {
        assertThat(CliRelaunch.enabled(Env.of(Map.of()))).isTrue();
        assertThat(CliRelaunch.enabled(Env.of(Map.of("CI", "true")))).isFalse();
        assertThat(CliRelaunch.enabled(Env.of(Map.of("CI", "woodpecker")))).isFalse();
        assertThat(CliRelaunch.enabled(Env.of(Map.of("CI", "false")))).isTrue();
        assertThat(CliRelaunch.enabled(Env.of(Map.of("CI", "true", CliRelaunch.SETTING, "true")))).isTrue();
        assertThat(CliRelaunch.enabled(Env.of(Map.of(CliRelaunch.SETTING, "false")))).isFalse();
        assertThat(CliRelaunch.enabled(Env.of(Map.of(CliRelaunch.RELAUNCHED, "1")))).isFalse();
    }

    @Test
    void theVerbNamesTheCache() {
        assertThat(CliRelaunch.verb(List.of("revision", "--autogenerate"))).isEqualTo("revision");
        assertThat(CliRelaunch.verb(List.of())).isEqualTo("db");
        assertThat(CliRelaunch.verb(List.of("--help"))).isEqualTo("other");
        assertThat(CliRelaunch.verb(List.of("curent"))).isEqualTo("other");
        assertThat(CliRelaunch.verb(List.of("../../etc"))).isEqualTo("other");
        assertThat(CliRelaunch.VERBS).isEqualTo(DbCli.verbNames());
    }

    @Test
    void theJarIsUnpackedOnceLibrariesAreSharedAcrossBuildsAndOldBuildsArePruned() throws IOException {
        Path root = dir.resolve("cache");
        Path fat = fatJar(dir.resolve("strata.jar"), "one");
        CliRelaunch.Launch launch = new CliRelaunch.Launch(fat, Path.of("/jdk/bin/java"), List.of());

        CliRelaunch.Copy copy = CliRelaunch.unpack(launch, root, "current");

        assertThat(copy.verb()).isEqualTo("current");
        assertThat(copy.archive()).isEqualTo(copy.directory().resolve("current.jsa"));
        try (JarFile app = new JarFile(copy.jar().toFile())) {
            Attributes main = app.getManifest().getMainAttributes();
            assertThat(main.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo(RelaunchProbe.class.getName());
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo("9.9.9");
            // classpath.idx's order: b before a
            assertThat(main.getValue(Attributes.Name.CLASS_PATH)).matches("\\.\\./lib/b-[0-9a-f]+-\\d+\\.jar \\.\\./lib/a-[0-9a-f]+-\\d+\\.jar");
            assertThat(app.getEntry(RelaunchProbe.class.getName().replace('.', '/') + ".class")).isNotNull();
            assertThat(new String(app.getInputStream(app.getEntry("db/migration/V1__one.sql")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("one");
            assertThat(app.getEntry("BOOT-INF/classes/db/migration/V1__one.sql")).isNull();
        }
        List<Path> libraries = list(root.resolve("lib"));
        assertThat(libraries).hasSize(2);
        FileTime written = Files.getLastModifiedTime(libraries.getFirst());

        // The same jar: the same copy, nothing written again.
        FileTime copied = Files.getLastModifiedTime(copy.jar());
        assertThat(CliRelaunch.unpack(launch, root, "current").directory()).isEqualTo(copy.directory());
        assertThat(Files.getLastModifiedTime(copy.jar())).isEqualTo(copied);

        // A rebuilt jar: another copy, the same libraries (not written again).
        fatJar(fat, "two");
        Files.setLastModifiedTime(fat, FileTime.from(Instant.now().plusSeconds(5)));
        CliRelaunch.Copy rebuilt = CliRelaunch.unpack(launch, root, "current");
        assertThat(rebuilt.directory()).isNotEqualTo(copy.directory());
        assertThat(list(root.resolve("lib"))).isEqualTo(libraries);
        assertThat(Files.getLastModifiedTime(libraries.getFirst())).isEqualTo(written);

        // Builds beyond the newest few go, and the libraries only they used.
        for (int build = 3; build <= CliRelaunch.KEPT + 3; build++) {
            fatJar(fat, "build" + build, "c" + build);
            Files.setLastModifiedTime(fat, FileTime.from(Instant.now().plusSeconds(5L * build)));
            CliRelaunch.unpack(launch, root, "current");
        }
        assertThat(list(root).stream().filter(path -> !path.getFileName().toString().equals("lib"))).hasSize(CliRelaunch.KEPT);
        assertThat(copy.directory()).doesNotExist();
        assertThat(list(root.resolve("lib")).stream().map(path -> path.getFileName().toString()))
                .noneMatch(name -> name.startsWith("c3-"));
    }

    @Test
    void theSecondJvmListsItsClassesThenTheArchiveIsDumpedThenUsedAndItsExitCodeIsOurs() throws Exception {
        Path fat = fatJar(dir.resolve("strata.jar"), "one");
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Path loaded = dir.resolve("loaded.log");
        CliRelaunch.Launch launch = new CliRelaunch.Launch(fat, java, List.of("-Xmx64m", "-Xlog:class+load=info:file=" + loaded));
        CliRelaunch.Copy copy = CliRelaunch.unpack(launch, dir.resolve("cache"), "current");
        Path out = dir.resolve("probe.txt");

        int exit = CliRelaunch.execute(launch, copy, List.of("current", out.toString()), ProcessBuilder.Redirect.INHERIT);

        assertThat(exit).isEqualTo(RelaunchProbe.EXIT);
        List<String> first = Files.readAllLines(out);
        assertThat(first).contains("arg db", "arg current", "jvm -Xmx64m", "jvm -XX:TieredStopAtLevel=1",
                "env " + CliRelaunch.RELAUNCHED + "=1");
        assertThat(first).anyMatch(line -> line.startsWith("jvm -XX:DumpLoadedClassList=" + copy.directory()));
        // A detached process dumps the archive from the list.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(copy.archive()) && !Files.exists(copy.failed()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(copy.failed()).doesNotExist();
        assertThat(copy.archive()).isNotEmptyFile();
        while (Files.exists(copy.classList()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(copy.classList()).doesNotExist();

        exit = CliRelaunch.execute(launch, copy, List.of("current", out.toString()), ProcessBuilder.Redirect.INHERIT);

        assertThat(exit).isEqualTo(RelaunchProbe.EXIT);
        assertThat(Files.readAllLines(out)).contains("jvm -XX:SharedArchiveFile=" + copy.archive(), "jvm -Xmx64m")
                .noneMatch(line -> line.startsWith("jvm -XX:DumpLoadedClassList"));
        // The probe itself came from the archive.
        assertThat(Files.readAllLines(loaded)).anyMatch(line -> line.contains(RelaunchProbe.class.getName() + " source: shared objects file"));
    }

    @Test
    void listingTheClassesSaysNothingOnStandardOutput() throws Exception {
        Path fat = fatJar(dir.resolve("strata.jar"), "one");
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        CliRelaunch.Launch launch = new CliRelaunch.Launch(fat, java, List.of());
        CliRelaunch.Copy copy = CliRelaunch.unpack(launch, dir.resolve("cache"), "history");
        Path stdout = dir.resolve("stdout.txt");

        CliRelaunch.execute(launch, copy, List.of("history", dir.resolve("probe.txt").toString()),
                ProcessBuilder.Redirect.to(stdout.toFile()));

        assertThat(Files.readString(stdout)).isEqualTo(RelaunchProbe.OUTPUT + System.lineSeparator());
    }

    // --- a Spring Boot jar of the probe ---------------------------------------------------------

    private static Path fatJar(Path target, String migration, String... moreLibraries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        main.putValue("Start-Class", RelaunchProbe.class.getName());
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, "9.9.9");
        List<String> libraries = new ArrayList<>(List.of("a", "b"));
        libraries.addAll(List.of(moreLibraries));
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            String probe = RelaunchProbe.class.getName().replace('.', '/') + ".class";
            try (InputStream in = RelaunchProbe.class.getClassLoader().getResourceAsStream(probe)) {
                put(jar, "BOOT-INF/classes/" + probe, in.readAllBytes());
            }
            put(jar, "BOOT-INF/classes/db/migration/V1__one.sql", migration.getBytes(StandardCharsets.UTF_8));
            StringBuilder index = new StringBuilder("- \"BOOT-INF/lib/b.jar\"\n- \"BOOT-INF/lib/a.jar\"\n");
            for (String library : libraries) {
                put(jar, "BOOT-INF/lib/" + library + ".jar", library(library));
                if (!library.equals("a") && !library.equals("b")) {
                    index.append("- \"BOOT-INF/lib/").append(library).append(".jar\"\n");
                }
            }
            put(jar, "BOOT-INF/classpath.idx", index.toString().getBytes(StandardCharsets.UTF_8));
        }
        return target;
    }

    /** A stored entry, as Spring Boot writes nested jars. */
    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        JarEntry entry = new JarEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        jar.putNextEntry(entry);
        jar.write(bytes);
        jar.closeEntry();
    }

    private static byte[] library(String name) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            JarEntry entry = new JarEntry(name + "/Marker.txt");
            entry.setTime(0);
            jar.putNextEntry(entry);
            jar.write(name.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static ProcessHandle.Info info(String command, String... arguments) {
        return new Info(Optional.of(command), Optional.of(arguments));
    }

    private record Info(Optional<String> command, Optional<String[]> arguments) implements ProcessHandle.Info {

        @Override
        public Optional<String> commandLine() {
            return Optional.empty();
        }

        @Override
        public Optional<String> user() {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> startInstant() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> totalCpuDuration() {
            return Optional.empty();
        }
    }
}
