package dev.strata.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real HAProxy (the Debian package) on a free loopback port in front of the given servers:
 * round robin, each server health-checked on {@code /actuator/health/readiness} every 500 ms (down after two failures), a
 * failed connection retried on another server ({@code retry-on conn-failure empty-response},
 * {@code option redispatch}).
 */
public final class HaProxy implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final int port;
    private final Path log;

    private HaProxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    public static HaProxy start(Path directory, List<Integer> serverPorts) throws IOException {
        int port = ServiceProcess.freePort();
        List<String> config = new ArrayList<>(List.of(
                "defaults",
                "  mode http",
                "  timeout connect 2s",
                "  timeout client 60s",
                "  timeout server 60s",
                // a readiness answer slowed by a busy machine is not a replica down
                "  timeout check 10s",
                "  retries 3",
                "  option redispatch 1",
                "  retry-on conn-failure empty-response",
                "frontend api",
                "  bind 127.0.0.1:" + port,
                "  default_backend strata",
                "backend strata",
                "  balance roundrobin",
                "  option httpchk GET /actuator/health/readiness",
                "  http-check expect status 200",
                "  default-server inter 500ms fall 2 rise 2"));
        for (int i = 0; i < serverPorts.size(); i++) {
            config.add("  server s" + i + " 127.0.0.1:" + serverPorts.get(i) + " check");
        }
        Path file = directory.resolve("haproxy-" + port + ".cfg");
        Files.writeString(file, String.join("\n", config) + "\n");
        Path log = directory.resolve("haproxy-" + port + ".log");
        Process process = new ProcessBuilder(BINARY.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new HaProxy(process, port, log);
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
