package dev.strata.test.pwned;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * HaveIBeenPwned's Pwned Passwords range API in-process, on a real socket, shaped like the real
 * one: {@code GET /range/<5 hex>} answers {@code text/plain}, one {@code SUFFIX:COUNT} line per
 * hash under the prefix (35 upper-case hex characters), CRLF between lines; with
 * {@code Add-Padding: true} made-up suffixes with a count of 0 bring the answer to 800 to 1000
 * lines; a prefix that is not 5 hex characters is a 400. Besides the hashes a test adds, every
 * prefix holds a few others, the same each time. Every request is recorded as it came.
 */
public final class FakePwnedPasswords implements AutoCloseable {

    private static final Pattern PREFIX = Pattern.compile("[0-9A-Fa-f]{5}");

    private final HttpServer server;
    /** Full upper-case SHA-1 to its count; 0 makes it a padding line. */
    private final Map<String, Long> hashes = new ConcurrentHashMap<>();
    private final List<FakeRangeRequest> requests = new CopyOnWriteArrayList<>();
    private volatile int failStatus;
    private volatile @Nullable String body;

    private FakePwnedPasswords() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static FakePwnedPasswords start() {
        try {
            return new FakePwnedPasswords();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Pwned Passwords API", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The password's SHA-1 in upper-case hex, as the API keys it. */
    public static String sha1(String password) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The password was seen {@code count} times in breaches. */
    public void leak(String password, long count) {
        hashes.put(sha1(password), count);
    }

    /** The password's exact suffix appears, but as a padding line (count 0), as a made-up one could. */
    public void padWith(String password) {
        hashes.put(sha1(password), 0L);
    }

    /** Every range request answers this status instead (0: answer normally). */
    public void failWith(int status) {
        this.failStatus = status;
    }

    /** Every range request answers 200 with this body instead (null: the real range). */
    public void answerWith(@Nullable String text) {
        this.body = text;
    }

    public List<FakeRangeRequest> requests() {
        return List.copyOf(requests);
    }

    /** Forgets requests and faults; the hashes stay. */
    public void reset() {
        requests.clear();
        failStatus = 0;
        body = null;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            FakeRangeRequest request = FakeRangeRequest.read(exchange);
            requests.add(request);
            String path = exchange.getRequestURI().getRawPath();
            if (!request.method().equals("GET") || !path.startsWith("/range/")) {
                write(exchange, 404, "Not found");
            } else if (!PREFIX.matcher(path.substring("/range/".length())).matches()) {
                write(exchange, 400, "The hash prefix was not in a valid format");
            } else if (failStatus != 0) {
                write(exchange, failStatus, "error code: " + failStatus);
            } else {
                String fixed = body;
                write(exchange, 200, fixed != null ? fixed
                        : range(path.substring("/range/".length()), "true".equalsIgnoreCase(request.header("Add-Padding"))));
            }
        }
    }

    private String range(String prefix, boolean padded) {
        String upper = prefix.toUpperCase(Locale.ROOT);
        Map<String, Long> lines = new TreeMap<>();
        // Other people's passwords under this prefix: the same on every call, like real data.
        Random others = new Random(upper.hashCode());
        for (int i = 0; i < 25; i++) {
            lines.put(suffix(others), 1L + others.nextInt(5000));
        }
        hashes.forEach((hash, count) -> {
            if (hash.startsWith(upper)) {
                lines.put(hash.substring(5), count);
            }
        });
        if (padded) {
            Random padding = ThreadLocalRandom.current();
            int target = 800 + padding.nextInt(201);
            while (lines.size() < target) {
                lines.putIfAbsent(suffix(padding), 0L);
            }
        }
        List<String> text = new ArrayList<>();
        lines.forEach((suffix, count) -> text.add(suffix + ":" + count));
        return String.join("\r\n", text);
    }

    private static String suffix(Random random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes).substring(0, 35);
    }

    private static void write(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=2678400");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
