package dev.strata.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as its own process ({@code java -cp <test classpath> dev.strata.StrataApplication}),
 * with exactly the environment a test gives it, for what only a process shows: exit codes, what
 * reaches stderr, several replicas at once, restarts.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final int port;

    private ServiceProcess(Process process, Path stdout, Path stderr, int port) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.port = port;
    }

    /** Starts the service in {@code workingDirectory} with only PATH, HOME and {@code variables} set. */
    public static ServiceProcess start(Path workingDirectory, Map<String, String> variables) throws IOException {
        int port = freePort();
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.putAll(variables);
        return launch(workingDirectory, environment, port, List.of());
    }

    /**
     * Runs {@code StrataApplication} with {@code args} (such as {@code db upgrade}) in
     * {@code workingDirectory} with only PATH, HOME and {@code variables} set; {@link #awaitExit}
     * waits for it to end.
     */
    public static ServiceProcess run(Path workingDirectory, Map<String, String> variables, String... args)
            throws IOException {
        return launch(workingDirectory, variables, 0, List.of(args));
    }

    private static ServiceProcess launch(Path workingDirectory, Map<String, String> variables, int port, List<String> args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.strata.StrataApplication"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", System.getProperty("user.home"));
        environment.putAll(variables);
        String id = TestEnvironment.randomHex(4);
        Path out = workingDirectory.resolve("stdout-" + id + ".log");
        Path err = workingDirectory.resolve("stderr-" + id + ".log");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new ServiceProcess(builder.start(), out, err, port);
    }

    public int port() {
        return port;
    }

    /** SIGTERM without waiting, as an orchestrator stopping the process; {@link #awaitExit} waits. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL, waiting for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the process to end and returns its exit code. */
    public int awaitExit(Duration bound) throws InterruptedException {
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the service did not exit within " + bound + "; stdout:\n" + stdout()
                    + "\nstderr:\n" + stderr());
        }
        return process.exitValue();
    }

    /** Polls {@code /health} until it answers, returning the first status and body that came back. */
    public HttpResponse<String> awaitHealth(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + "; stderr:\n" + stderr()
                        + "\nstdout:\n" + stdout());
            }
            try {
                return get("/health");
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no answer from /health within " + bound + "; stdout:\n" + stdout());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the process gracefully (SIGTERM), as an orchestrator would. */
    @Override
    public void close() {
        stop(process, 30);
    }

    /** SIGTERM, then SIGKILL after {@code seconds}; keeps the thread's interrupt status. */
    static void stop(Process process, int seconds) {
        process.destroy();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(seconds, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
