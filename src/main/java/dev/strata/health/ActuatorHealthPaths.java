package dev.strata.health;

import dev.strata.web.Problems;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers 404 for {@code /actuator/health/<name>/...} when {@code <name>} is neither a health
 * group nor a contributor. Spring Boot 4.1's health endpoint fails on such a path with an
 * {@code IllegalStateException} ("'contributor' must not be null"), which would be a 500; one
 * segment ({@code /actuator/health/<name>}) it already answers with 404 itself.
 */
class ActuatorHealthPaths implements WebFilter {

    private static final String PREFIX = "/actuator/health/";

    private final HealthEndpointGroups groups;
    private final ObjectProvider<HealthContributorRegistry> blocking;
    private final ObjectProvider<ReactiveHealthContributorRegistry> reactive;

    ActuatorHealthPaths(HealthEndpointGroups groups, ObjectProvider<HealthContributorRegistry> blocking,
            ObjectProvider<ReactiveHealthContributorRegistry> reactive) {
        this.groups = groups;
        this.blocking = blocking;
        this.reactive = reactive;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith(PREFIX)) {
            return chain.filter(exchange);
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0 || known(URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8))) {
            return chain.filter(exchange);
        }
        return Problems.write(exchange.getResponse(), Problems.forStatus(HttpStatus.NOT_FOUND));
    }

    private boolean known(String name) {
        if (groups.getNames().contains(name)) {
            return true;
        }
        HealthContributorRegistry contributors = blocking.getIfAvailable();
        ReactiveHealthContributorRegistry reactiveContributors = reactive.getIfAvailable();
        return (contributors != null && contributors.getContributor(name) != null)
                || (reactiveContributors != null && reactiveContributors.getContributor(name) != null);
    }
}
