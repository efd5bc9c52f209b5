package dev.strata.auth;

import dev.strata.settings.LeakCheckSettings;
import dev.strata.web.Dependency;
import dev.strata.web.DependencyUnavailable;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The leaked-password check against HaveIBeenPwned's Pwned Passwords range API (or a mirror):
 * {@code GET /range/<first 5 hex of the SHA-1>} with {@code Add-Padding: true}, so neither the
 * password nor its full hash leaves the service and the answer's size does not hint at the
 * prefix. A password whose suffix is listed with a count above 0 is refused as weak.
 *
 * <p>When no answer comes within the timeout, or the answer is an error or not a range, the
 * registration is refused with 503 {@code dependency_unavailable}: an operator who turned the
 * check on expects no breached password to get in, and a registration let through unchecked
 * would break that silently, while a 503 is visible and retried. Never retried here: the client
 * retries the registration, and the deadline stays one timeout.
 */
final class PwnedPasswordsCheck implements LeakCheck, AutoCloseable {

    private static final int MAX_CONNECTIONS = 50;
    /** Below the idle timeouts of CDNs and proxies, so a lookup never goes out on a connection the far end dropped. */
    private static final Duration MAX_IDLE = Duration.ofSeconds(20);

    private final ConnectionProvider connections;
    private final WebClient web;
    private final LeakCheckSettings settings;

    PwnedPasswordsCheck(LeakCheckSettings settings) {
        // Its own pool, closed with this check, so waiting for a connection counts against the same deadline.
        this.connections = ConnectionProvider.builder("pwned-passwords").maxConnections(MAX_CONNECTIONS)
                .maxIdleTime(MAX_IDLE).evictInBackground(MAX_IDLE).pendingAcquireTimeout(settings.timeout()).build();
        HttpClient http = HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.timeout().toMillis()))
                .responseTimeout(settings.timeout());
        this.web = WebClient.builder().baseUrl(settings.url().toString()).clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.TEXT_PLAIN_VALUE)
                .defaultHeader(HttpHeaders.USER_AGENT, "strata-password-check")
                .defaultHeader("Add-Padding", "true").build();
        this.settings = settings;
    }

    @Override
    public Mono<Void> check(String password) {
        PwnedRange range = PwnedRange.of(password);
        return web.get().uri("/range/{prefix}", range.prefix())
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(String.class).defaultIfEmpty("")
                        : response.releaseBody().then(Mono.error(new IllegalStateException("it answered " + response.statusCode().value()))))
                // The whole lookup, connecting and a slowly dripping body included, within one timeout.
                .timeout(settings.timeout())
                .map(range::count)
                .onErrorMap(error -> unavailable(error))
                .flatMap(count -> count > 0 ? Mono.error(PasswordPolicy.weak(List.of(PasswordPolicy.LEAKED))) : Mono.empty());
    }

    /** Refused with 503 while the lookup fails: turned on, the check lets no password through unchecked. */
    private DependencyUnavailable unavailable(Throwable error) {
        return Dependency.PASSWORD_CHECK.unavailable("leaked-password check at " + settings.url() + ": " + Dependency.whyNoAnswer(error, settings.timeout()));
    }


    /** Closes the connections. */
    @Override
    public void close() {
        connections.dispose();
    }
}
