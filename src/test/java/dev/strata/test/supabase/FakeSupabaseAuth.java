package dev.strata.test.supabase;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supabase Auth in-process, on a real socket: the API gateway's {@code apikey} check in front of
 * GoTrue's signup, password and refresh-token grants, logout, admin user calls and JWKS, with
 * GoTrue's answers, error codes and statuses (see {@link FakeAccounts}, {@link FakeRoutes}).
 * Faults can be injected per route: failures with a status, or answers held back past a timeout.
 * Routes are named {@code signup}, {@code token:password}, {@code token:refresh_token},
 * {@code logout}, {@code admin:create}, {@code admin:get}, {@code admin:delete} and {@code jwks}.
 */
public final class FakeSupabaseAuth implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final FakeSigningKeys keys = new FakeSigningKeys();
    private final FakeAccounts accounts;
    private final FakeRoutes routes;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, FakeFault> faults = new ConcurrentHashMap<>();
    final String anonKey;
    final String serviceKey;
    final String publishableKey = "sb_publishable_" + UUID.randomUUID().toString().replace("-", "");
    final String secretKey = "sb_secret_" + UUID.randomUUID().toString().replace("-", "");
    volatile boolean errorsIn2024Format;

    private FakeSupabaseAuth() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.accounts = new FakeAccounts(keys, url() + "/auth/v1");
        this.anonKey = keys.legacyApiKey("anon");
        this.serviceKey = keys.legacyApiKey("service_role");
        this.routes = new FakeRoutes(this, accounts, keys);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static FakeSupabaseAuth start() {
        try {
            return new FakeSupabaseAuth();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Supabase Auth", e);
        }
    }

    /** The project URL, for {@code SUPABASE_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The settings of a service using this project with its legacy JWT API keys. */
    public Map<String, String> variables() {
        return Map.of("SUPABASE_URL", url(), "SUPABASE_ANON_KEY", anonKey, "SUPABASE_SERVICE_ROLE_KEY", serviceKey);
    }

    /** The same with the new {@code sb_publishable_}/{@code sb_secret_} keys. */
    public Map<String, String> variablesWithNewKeys() {
        return Map.of("SUPABASE_URL", url(), "SUPABASE_PUBLISHABLE_KEY", publishableKey, "SUPABASE_SECRET_KEY", secretKey);
    }

    public FakeSigningKeys keys() {
        return keys;
    }

    /** Email confirmation required (signup answers the bare user, no session) or not (signup signs in). */
    public void confirmEmail(boolean required) {
        accounts.confirmEmail = required;
    }

    /** The project's password policy beyond our own: a minimum length and required digits. */
    public void passwordPolicy(int minLength, boolean requireDigits) {
        accounts.minPasswordLength = minLength;
        accounts.requireDigits = requireDigits;
    }

    /** Errors as {@code {code: <error code>, message}} (API version 2024-01-01) even when not asked for. */
    public void errorsIn2024Format(boolean always) {
        this.errorsIn2024Format = always;
    }

    /** Confirms the email as its confirmation link would. */
    public void confirm(String email) {
        accounts.confirm(email);
    }

    public boolean hasUser(String email) {
        return accounts.user(email).isPresent();
    }

    public @Nullable UUID userId(String email) {
        return accounts.user(email).map(user -> user.id).orElse(null);
    }

    public boolean sessionLive(String sessionId) {
        return accounts.sessionLive(sessionId);
    }

    /** The next {@code times} calls of the route fail with this status (502/503/504 as the gateway sends them). */
    public void failNext(String route, int times, int status) {
        faults.put(route, new FakeFault(times, status, Duration.ZERO));
    }

    /** The next {@code times} calls of the route answer only after this delay. */
    public void delayNext(String route, int times, Duration delay) {
        faults.put(route, new FakeFault(times, 0, delay));
    }

    /** How often the route was called (faulty calls included). */
    public int calls(String route) {
        AtomicInteger count = calls.get(route);
        return count == null ? 0 : count.get();
    }

    public void resetCalls() {
        calls.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            FakeRequest request = FakeRequest.read(exchange, JSON);
            String route = FakeRoutes.name(request);
            calls.computeIfAbsent(route, name -> new AtomicInteger()).incrementAndGet();
            FakeFault fault = faults.get(route);
            FakeAnswer answer = fault == null ? null : fault.take();
            write(exchange, request, answer != null ? answer : routes.answer(route, request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(HttpExchange exchange, FakeRequest request, FakeAnswer answer) throws IOException {
        String body = switch (answer) {
            case FakeAnswer.Ok ok -> ok.body() == null ? null
                    : ok.body() instanceof String text ? text : JSON.writeValueAsString(ok.body());
            case FakeAnswer.Error error -> JSON.writeValueAsString(error.body(errorsIn2024Format
                    || "2024-01-01".equals(request.header("X-Supabase-Api-Version"))));
            case FakeAnswer.Gateway gateway -> JSON.writeValueAsString(Map.of("message", gateway.message(), "hint", gateway.hint()));
            case FakeAnswer.Plain plain -> plain.text();
        };
        exchange.getResponseHeaders().set("Content-Type", answer instanceof FakeAnswer.Plain ? "text/plain" : "application/json");
        if (body == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
