package dev.strata.auth.supabase;

import dev.strata.settings.SupabaseSettings;
import dev.strata.web.Dependency;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Supabase Auth's REST API (GoTrue behind the project's gateway) over Reactor Netty. Every call
 * sends the {@code apikey} header; {@code Authorization: Bearer} repeats the key only when it is a
 * legacy JWT key, since the new {@code sb_publishable_}/{@code sb_secret_} keys are not JWTs and
 * the gateway derives the role from {@code apikey}. Calls that are safe to repeat (reading or
 * deleting a user, the JWKS) are retried with backoff on 502, 503 and 504; the others never are
 * (see each method).
 */
final class SupabaseAuthClient implements AutoCloseable {

    private static final int RETRIES = 2;
    private static final int MAX_CONNECTIONS = 100;
    /** Below the idle timeouts of gateways and proxies, so a request never goes out on a connection the far end dropped. */
    private static final Duration MAX_IDLE = Duration.ofSeconds(20);

    private final ConnectionProvider connections;
    private final WebClient web;
    private final SupabaseSettings settings;
    private final ObjectMapper json;
    private final Retry retry;

    SupabaseAuthClient(SupabaseSettings settings, ObjectMapper json) {
        this(settings, json, Duration.ofMillis(200));
    }

    SupabaseAuthClient(SupabaseSettings settings, ObjectMapper json, Duration firstBackoff) {
        // Its own pool, closed with this client: waiting for a connection is bounded, and no other
        // owner of the shared Reactor Netty resources can dispose of it underneath.
        this.connections = ConnectionProvider.builder("supabase-auth").maxConnections(MAX_CONNECTIONS)
                .maxIdleTime(MAX_IDLE).maxLifeTime(Duration.ofMinutes(5)).evictInBackground(MAX_IDLE)
                .pendingAcquireTimeout(settings.readTimeout()).build();
        HttpClient http = HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.connectTimeout().toMillis()))
                .responseTimeout(settings.readTimeout());
        this.web = WebClient.builder().baseUrl(settings.url().toString()).clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).build();
        this.settings = settings;
        this.json = json;
        this.retry = Retry.backoff(RETRIES, firstBackoff).maxBackoff(Duration.ofSeconds(2))
                .filter(error -> error instanceof SupabaseAuthException failure && failure.isTransient())
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }

    /** {@code POST /auth/v1/signup}. Never retried: a repeat would send another confirmation email, or count twice against its limit. */
    Mono<JsonNode> signup(String email, String password, @Nullable String fullName) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("email", email, "password", password));
        body.put("data", fullName == null ? Map.of() : Map.of("full_name", fullName));
        return post("signup", "/auth/v1/signup", body, publicKey()).map(answer -> parse("signup", answer));
    }

    /** {@code POST /auth/v1/token?grant_type=password}. Never retried: every success opens a Supabase session. */
    Mono<JsonNode> passwordGrant(String email, String password) {
        return post("password grant", "/auth/v1/token?grant_type=password", Map.of("email", email, "password", password), publicKey())
                .map(answer -> parse("password grant", answer));
    }

    /** {@code DELETE /auth/v1/admin/users/{id}}; a user already gone counts as deleted. Retried. */
    Mono<Void> deleteUser(UUID id) {
        return admin("admin delete user", HttpMethod.DELETE, "/auth/v1/admin/users/" + id, null, true).then();
    }

    /** {@code POST /auth/v1/logout?scope=local|global} with the user's own access token. Not retried: the caller decides. */
    Mono<Void> logout(String accessToken, boolean global) {
        return send("logout", () -> web.post().uri("/auth/v1/logout?scope={scope}", global ? "global" : "local")
                .headers(headers -> {
                    headers.set("apikey", settings.apiKey());
                    headers.setBearerAuth(accessToken);
                }), false).then();
    }

    /** {@code GET /auth/v1/.well-known/jwks.json}, as it came. Retried. */
    Mono<String> jwks() {
        return send("JWKS", () -> web.get().uri("/auth/v1/.well-known/jwks.json").headers(publicKey()), true);
    }

    /**
     * A call to the admin API with the service key, answered with its body; empty when there is
     * no such user (404). Retried only when {@code idempotent}.
     */
    Mono<String> admin(String call, HttpMethod method, String path, @Nullable Map<String, Object> body, boolean idempotent) {
        return send(call, () -> {
                    WebClient.RequestBodySpec request = web.method(method).uri(path).headers(serviceKey());
                    return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json.writeValueAsString(body));
                }, idempotent)
                .onErrorResume(SupabaseAuthException.class, failure -> failure.error().status() == 404 ? Mono.empty() : Mono.error(failure));
    }

    private Mono<String> post(String call, String path, Map<String, Object> body, Consumer<HttpHeaders> key) {
        String payload = json.writeValueAsString(body);
        return send(call, () -> web.post().uri(path).headers(key).contentType(MediaType.APPLICATION_JSON).bodyValue(payload), false);
    }

    private Mono<String> send(String call, Supplier<WebClient.RequestHeadersSpec<?>> request, boolean idempotent) {
        Mono<String> once = Mono.defer(() -> request.get().exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .flatMap(body -> response.statusCode().is2xxSuccessful() ? Mono.just(body)
                                : Mono.error(new SupabaseAuthException(call, SupabaseError.parse(response.statusCode().value(), body),
                                        retryAfter(response), null)))))
                .onErrorMap(error -> !(error instanceof SupabaseAuthException),
                        error -> new SupabaseAuthException(call, SupabaseError.noAnswer(whyNoAnswer(error)), null, error));
        return idempotent ? once.retryWhen(retry) : once;
    }

    /** Closes the connections. */
    @Override
    public void close() {
        connections.dispose();
    }

    /** A success whose body is not a JSON object is Supabase misbehaving, reported like any other bad answer. */
    JsonNode parse(String call, String body) {
        try {
            JsonNode tree = json.readTree(body);
            if (tree.isObject()) {
                return tree;
            }
        } catch (JacksonException e) {
            // reported below
        }
        throw new SupabaseAuthException(call, new SupabaseError(200, null, "a success without a JSON object", List.of()), null, null);
    }

    private Consumer<HttpHeaders> publicKey() {
        return key(settings.apiKey());
    }

    private Consumer<HttpHeaders> serviceKey() {
        return key(settings.serviceKey());
    }

    private static Consumer<HttpHeaders> key(String key) {
        return headers -> {
            headers.set("apikey", key);
            if (key.startsWith("eyJ") && key.chars().filter(c -> c == '.').count() == 2) {
                headers.setBearerAuth(key);
            }
        };
    }

    private static @Nullable Long retryAfter(ClientResponse response) {
        String value = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        return value != null && value.matches("\\d{1,6}") ? Long.valueOf(value) : null;
    }

    private String whyNoAnswer(Throwable error) {
        String why = Dependency.whyNoAnswer(error, settings.readTimeout());
        return why.startsWith("no answer") ? why : "cannot reach " + settings.url().getHost() + ": " + why;
    }
}
