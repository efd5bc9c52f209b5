package dev.strata.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * The failures {@link ProblemHandler} never sees, because they happen outside a handler: in a web
 * filter, or while an error answer itself was being written (an Accept header that does not
 * parse). A dependency's outage is answered as the handlers answer it, 503
 * {@code dependency_unavailable} (the security chain checks a bearer token's session in Redis
 * before any handler runs); the rest as problem JSON too, ahead of Spring Boot's error handler (order -1), whose JSON is
 * of another shape and whose fallback for an unparsable Accept header is an empty body.
 */
@Component
@Order(-2)
class LastResortErrors implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LastResortErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        // A client that went away is answered by no one; the server notes it at DEBUG.
        if (exchange.getResponse().isCommitted() || DisconnectedClientHelper.isClientDisconnectedException(error)) {
            return Mono.error(error);
        }
        DependencyUnavailable outage = Outages.of(error);
        if (outage != null) {
            Outages.log(outage);
            return Problems.write(exchange.getResponse(), outage);
        }
        ProblemDetail problem;
        if (error instanceof ResponseStatusException status && HttpStatus.resolve(status.getStatusCode().value()) != null) {
            problem = Problems.forStatus(HttpStatus.valueOf(status.getStatusCode().value()));
            exchange.getResponse().getHeaders().putAll(status.getHeaders());
        } else {
            log.error("Unexpected error outside a handler", error);
            problem = Problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        }
        return Problems.write(exchange.getResponse(), problem);
    }
}
