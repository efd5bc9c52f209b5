package dev.strata.web;

import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives a problem body to the error answers that layers below the handlers make with a status
 * and nothing else: Spring Security's firewall (400 for an encoded slash, a traversal, a NUL in
 * the query, an unusual method), the CORS check (403 for a foreign origin), Actuator's 404 for a
 * health group or component that does not exist; and Spring's own error answer when the Accept
 * header does not parse (it drops the body). The outermost filter, so it sees all of them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmptyErrorBodies implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        ServerHttpResponse response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            // A handler that answers with a status and no body (Actuator's 404) completes here.
            @Override
            public Mono<Void> setComplete() {
                return fill(request, getDelegate(), super::setComplete);
            }
        };
        // A filter that only sets a status (the firewall, CORS) leaves the response for the server to complete.
        return chain.filter(exchange.mutate().response(response).build())
                .then(Mono.defer(() -> fill(request, response, Mono::empty)));
    }

    private static Mono<Void> fill(ServerHttpRequest request, ServerHttpResponse response, Supplier<Mono<Void>> otherwise) {
        HttpStatus status = response.getStatusCode() == null ? null : HttpStatus.resolve(response.getStatusCode().value());
        // Not committed when the exchange ends or completes means no byte of a body was written.
        if (status == null || !status.isError() || response.isCommitted()) {
            return otherwise.get();
        }
        return Problems.write(response, problem(request, status));
    }

    private static ProblemDetail problem(ServerHttpRequest request, HttpStatus status) {
        if (status == HttpStatus.FORBIDDEN && request.getHeaders().containsHeader(HttpHeaders.ORIGIN)) {
            // The only 403 without a body is the CORS check's, for an origin not in CORS_ALLOWED_ORIGINS.
            return Problems.of(status, "origin_not_allowed", "Browsers on this origin may not call the API.");
        }
        return Problems.forStatus(status);
    }
}
