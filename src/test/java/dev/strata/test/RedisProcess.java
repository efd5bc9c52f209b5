package dev.strata.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} process of the test's own on a free loopback port, for fault tests that
 * kill it, stop it (SIGSTOP: the connection stays open, nothing answers) and bring it back on the
 * same port. Never the shared server.
 */
public final class RedisProcess implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/redis-server");
    private static final Duration READY_BOUND = Duration.ofSeconds(20);

    private final int port;
    private Process process;
    private boolean paused;

    private RedisProcess(int port) throws IOException, InterruptedException {
        this.port = port;
        this.process = launch();
    }

    /** Whether {@code redis-server} is installed where these tests look for it. */
    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    public static RedisProcess start() throws IOException, InterruptedException {
        return new RedisProcess(ServiceProcess.freePort());
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** SIGKILL: the connections drop and new ones are refused. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** A new, empty server on the same port, answering when this returns. */
    public void restart() throws IOException, InterruptedException {
        process = launch();
    }

    /** SIGSTOP: connections stay open, but nothing answers until {@link #resume()}. */
    public void pause() throws IOException, InterruptedException {
        signal("STOP");
        paused = true;
    }

    public void resume() throws IOException, InterruptedException {
        signal("CONT");
        paused = false;
    }

    private Process launch() throws IOException, InterruptedException {
        Process started = new ProcessBuilder(BINARY.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + READY_BOUND.toNanos();
        while (!answersPing()) {
            if (!started.isAlive() || System.nanoTime() > deadline) {
                started.destroyForcibly();
                throw new IllegalStateException("redis-server on port " + port + " did not start within " + READY_BOUND);
            }
            Thread.sleep(20);
        }
        return started;
    }

    private boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(5);
            return new String(answer, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (paused && process.isAlive()) {
                resume();
            }
            kill();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
