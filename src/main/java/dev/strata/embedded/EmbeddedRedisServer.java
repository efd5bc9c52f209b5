package dev.strata.embedded;

import dev.strata.settings.StrataException;
import java.io.IOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** A Redis server process of this JVM on a free loopback port, keeping nothing on disk. */
public final class EmbeddedRedisServer implements AutoCloseable {

    private final RedisServer server;
    private final int port;

    private EmbeddedRedisServer(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedisServer start() {
        int port = freePort();
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            return new EmbeddedRedisServer(server, port);
        } catch (IOException | RuntimeException e) {
            throw new StrataException("cannot start the embedded Redis: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new StrataException("cannot stop the embedded Redis: " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StrataException("no free port for the embedded Redis: " + e.getMessage(), e);
        }
    }
}
