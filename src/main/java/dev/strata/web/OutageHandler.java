package dev.strata.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * A dependency's outage that escapes the handlers (the security chain checks a bearer token's
 * session in Redis before any handler runs) is answered as the handlers would: 503
 * {@code dependency_unavailable} in problem JSON. Ordered before Boot's error handler, which would
 * answer 500 in its own JSON; every other error is left to it.
 */
@Component
@Order(-2)
class OutageHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OutageHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        DependencyUnavailable outage = Outages.of(error);
        if (outage == null || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        log(outage);
        return Problems.write(exchange.getResponse(), outage);
    }

    /** One line per refused request: what was unavailable and why, without a stack trace. */
    static void log(DependencyUnavailable outage) {
        log.warn("503 {} unavailable: {}", outage.dependency().wireName(), outage.reason());
    }
}
