package dev.strata.web;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Every request gets an id: the trace id of a valid W3C {@code traceparent} header, else 32 random
 * hex digits. It is answered in {@code X-Request-Id} and rides in the Reactor context under the MDC
 * key {@code request_id}, so with {@code LOG_FORMAT=json} (which turns on Reactor's automatic
 * context propagation) each log line written while serving the request carries it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds implements WebFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";

    /** version-traceid-parentid-flags; an all-zero trace id is invalid. */
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final SecureRandom RANDOM = new SecureRandom();

    RequestIds() {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = idOf(exchange.getRequest().getHeaders().getFirst("traceparent"));
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange).contextWrite(Context.of(Slf4jThreadLocalAccessor.KEY, Map.of(MDC_KEY, id)));
    }

    static String idOf(@Nullable String traceparent) {
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.trim());
            if (matcher.matches() && !matcher.group(1).equals(ZERO_TRACE)) {
                return matcher.group(1);
            }
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
