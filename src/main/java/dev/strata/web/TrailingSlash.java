package dev.strata.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * {@code /health/} is {@code /health}: one trailing slash is dropped from the path (not from
 * {@code /} itself) before anything else sees the request, so routing and the security rules
 * match the same path. Spring no longer matches a trailing slash by itself, and clients written
 * for the seeds call {@code /health/}; since security sees the stripped path, {@code /auth/me/}
 * needs a token exactly as {@code /auth/me} does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrailingSlash implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        if (path.length() < 2 || !path.endsWith("/")) {
            return chain.filter(exchange);
        }
        // The raw path with one slash less; the query string is kept by the builder.
        String stripped = path.substring(0, path.length() - 1);
        return chain.filter(exchange.mutate().request(request.mutate().path(stripped).build()).build());
    }
}
