package dev.strata.test;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;
import io.lettuce.core.sentinel.api.sync.RedisSentinelCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Real {@code redis-server} processes of one test on free loopback ports (masters, replicas,
 * sentinels, cluster nodes), each in a directory of its own, all stopped by {@link #close()}.
 * Tests wait on what the servers report (INFO replication, SENTINEL, CLUSTER INFO), never on time.
 */
public final class RedisServers implements AutoCloseable {

    /** Only a failure bound: on a busy machine elections and syncs take seconds. */
    public static final Duration BOUND = Duration.ofSeconds(90);
    private static final Path BINARY = Path.of("/usr/bin/redis-server");

    /** One server, with a Lettuce connection for the test's checks. */
    public record Server(int port, Process process, RedisClient client) {

        public String address() {
            return "127.0.0.1:" + port;
        }

        public RedisCommands<String, String> commands() {
            StatefulRedisConnection<String, String> connection = client.connect();
            return connection.sync();
        }

        public RedisSentinelCommands<String, String> sentinel() {
            StatefulRedisSentinelConnection<String, String> connection = client.connectSentinel();
            return connection.sync();
        }

        /** A field of {@code INFO section}, or "" when absent or the server does not answer. */
        public String info(String section, String field) {
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                return connection.sync().info(section).lines().filter(line -> line.startsWith(field + ":"))
                        .map(line -> line.substring(field.length() + 1).strip()).findFirst().orElse("");
            } catch (RuntimeException notNow) {
                return "";
            }
        }
    }

    private final Path directory;
    private final List<Server> servers = new ArrayList<>();

    public RedisServers(Path directory) {
        this.directory = directory;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** A data node: {@code extra} such as {@code --replicaof 127.0.0.1 6379} or {@code --cluster-enabled yes}. */
    public Server node(String... extra) throws Exception {
        int port = ServiceProcess.freePort();
        Path dir = Files.createDirectories(directory.resolve("redis-" + port));
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--port", String.valueOf(port), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
        command.addAll(List.of(extra));
        return launch(port, command, dir);
    }

    /** A sentinel watching {@code master} under {@code name}, with a quorum of 2 and a 2 s down-after. */
    public Server sentinel(String name, Server master) throws Exception {
        int port = ServiceProcess.freePort();
        Path dir = Files.createDirectories(directory.resolve("sentinel-" + port));
        Path config = dir.resolve("sentinel.conf");
        Files.writeString(config, String.join("\n",
                "port " + port,
                "bind 127.0.0.1",
                "dir " + dir,
                "sentinel monitor " + name + " 127.0.0.1 " + master.port() + " 2",
                "sentinel down-after-milliseconds " + name + " 2000",
                "sentinel failover-timeout " + name + " 20000",
                "sentinel parallel-syncs " + name + " 1", ""));
        return launch(port, List.of(BINARY.toString(), config.toString(), "--sentinel"), dir);
    }

    private Server launch(int port, List<String> command, Path dir) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("server.log").toFile()).redirectErrorStream(true).start();
        RedisClient client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port)
                .withTimeout(Duration.ofSeconds(5)).build());
        Server server = new Server(port, process, client);
        servers.add(server);
        await("redis-server on " + port + " answers PING", () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on " + port + " exited: " + Files.readString(dir.resolve("server.log")));
            }
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                return "PONG".equals(connection.sync().ping());
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        return server;
    }

    /** Polls {@code condition} until true; fails naming {@code what} after {@link #BOUND}. */
    public static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + BOUND);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        for (Server server : servers) {
            server.client().shutdown(Duration.ZERO, Duration.ofSeconds(2));
            server.process().destroyForcibly();
            try {
                server.process().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
