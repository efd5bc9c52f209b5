package dev.strata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/strata, the one java command line of the image, bin/strata and the AOT training runs: the
 * JVM defaults it gives for a JDK's version, and which AOT cache it picks. The JDK here is a
 * directory with a {@code release} file and a {@code bin/java} that prints the arguments it got, so
 * the command line is what is checked, on any JDK the build runs with.
 */
class LauncherTests {

    private static final Path LAUNCHER = Path.of("docker/strata").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void jdk25GetsCompactHeadersAndTheServiceCache() throws Exception {
        Path jdk = jdk("25.0.3");
        Path app = app(true, true);
        String line = run(jdk, app, "auto");
        assertThat(line).contains("-XX:+UseSerialGC", "-Xmx112m", "-Xmn48m", "-XX:+UseCompactObjectHeaders")
                .contains("-XX:AOTCache=" + app.resolve("app.aot"))
                .doesNotContain("cli.aot")
                .endsWith("-jar " + app.resolve("strata.jar"));
    }

    @Test
    void dbCommandsGetTheCliCache() throws Exception {
        Path app = app(true, true);
        String line = run(jdk("25.0.3"), app, "auto", "db", "current");
        assertThat(line).contains("-XX:AOTCache=" + app.resolve("cli.aot"))
                .doesNotContain("app.aot")
                .endsWith("-jar " + app.resolve("strata.jar") + " db current");
    }

    @Test
    void trainingWritesTheCacheOfTheCommandItRuns() throws Exception {
        Path app = app(false, false);
        Path jdk = jdk("25.0.3");
        assertThat(run(jdk, app, "train", "db", "current")).contains("-XX:AOTCacheOutput=" + app.resolve("cli.aot"));
        assertThat(run(jdk, app, "train")).contains("-XX:AOTCacheOutput=" + app.resolve("app.aot"));
    }

    @Test
    void noCacheFileMeansNoCacheFlag() throws Exception {
        String line = run(jdk("25.0.3"), app(true, false), "auto", "db", "history");
        assertThat(line).doesNotContain("AOTCache");
    }

    @Test
    void olderJdksGetNoFlagTheyDoNotKnow() throws Exception {
        String line = run(jdk("21.0.9"), app(false, false), "auto");
        assertThat(line).contains("-XX:+UseSerialGC", "-Xmx112m")
                .doesNotContain("UseCompactObjectHeaders")
                .doesNotContain("TrimNativeHeapInterval");
    }

    @Test
    void javaOptsComeAfterTheDefaultsSoTheyWin() throws Exception {
        String line = run(jdk("25.0.3"), app(false, false), Map.of("JAVA_OPTS", "-Xmx512m"), "auto");
        assertThat(line.indexOf("-Xmx512m")).isGreaterThan(line.indexOf("-Xmx112m"));
    }

    private Path jdk(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private Path app(boolean serviceCache, boolean cliCache) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app-" + serviceCache + "-" + cliCache));
        Files.writeString(app.resolve("strata.jar"), "");
        if (serviceCache) {
            Files.writeString(app.resolve("app.aot"), "x");
        }
        if (cliCache) {
            Files.writeString(app.resolve("cli.aot"), "x");
        }
        return app;
    }

    private String run(Path jdk, Path app, String aot, String... args) throws Exception {
        return run(jdk, app, Map.of(), aot, args);
    }

    private String run(Path jdk, Path app, Map<String, String> extra, String aot, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("STRATA_") || name.equals("JAVA_OPTS"));
        env.put("JAVA_HOME", jdk.toString());
        env.put("STRATA_APP_DIR", app.toString());
        env.put("STRATA_AOT", aot);
        env.putAll(extra);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
