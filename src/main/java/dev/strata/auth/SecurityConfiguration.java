package dev.strata.auth;

import dev.strata.settings.StrataSettings;
import dev.strata.web.Problems;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Stateless Spring Security: no form login, no HTTP Basic, no generated user, no server-side
 * security context. A bearer token is checked on every request (signature, claims and a live
 * session, see {@link BearerVerifier}), so a revoked session stops working at once on every replica.
 * Nothing here touches the {@code WebSession}: the default request cache would create one per
 * request, and Spring's in-memory session store moves the rest of the request to other threads.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** What anyone may call: health, the API document, and the calls that hand out tokens. */
    private static final ServerWebExchangeMatcher PUBLIC = new OrServerWebExchangeMatcher(
            ServerWebExchangeMatchers.pathMatchers("/health", "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                    "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"),
            ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/auth/register", "/auth/login", "/auth/refresh"),
            ServerWebExchangeMatchers.pathMatchers(HttpMethod.OPTIONS, "/**"));

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, BearerVerifier verifier,
            StrataSettings settings) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, error) -> unauthorized(exchange.getResponse());
        AuthenticationWebFilter bearer = new AuthenticationWebFilter(manager(verifier));
        bearer.setServerAuthenticationConverter(exchange -> Mono.justOrEmpty(
                        exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> BearerAuthentication.unverified(header.substring(7).strip())));
        bearer.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        bearer.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(unauthorized));
        // A stale token sent along to a public endpoint (a refresh, a login, /health) must not block it.
        bearer.setRequiresAuthenticationMatcher(new NegatedServerWebExchangeMatcher(PUBLIC));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(cors(settings.server().corsAllowedOrigins())))
                .authorizeExchange(exchanges -> exchanges
                        .matchers(PUBLIC).permitAll()
                        .anyExchange().authenticated())
                .addFilterAt(queryCheckedByFirewall(), SecurityWebFiltersOrder.FIRST)
                .addFilterAt(bearer, SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
                .build();
    }

    /**
     * No observation around each security filter, authentication and authorization: they wrap
     * every request in a dozen more operators and long-task timers. HTTP server observations
     * (request timings) are Spring WebFlux's own and stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Reads the query at the start of the chain, so the firewall checks its names and values (a NUL,
     * say) for every path and refuses a bad one with its 400, whether or not the handler reads the
     * query: otherwise Actuator would meet the firewall's rejection in its handler (a 500) and
     * {@code /auth/me} would answer 200. The default request cache used to be what read it.
     */
    private static WebFilter queryCheckedByFirewall() {
        return (exchange, chain) -> Mono.defer(() -> {
            exchange.getRequest().getQueryParams();
            return chain.filter(exchange);
        });
    }

    private static ReactiveAuthenticationManager manager(BearerVerifier verifier) {
        return authentication -> {
            String token = ((BearerAuthentication) authentication).token();
            return verifier.verify(token)
                    .<Authentication>map(caller -> BearerAuthentication.verified(token, caller))
                    .switchIfEmpty(Mono.error(() -> new BadCredentialsException("invalid bearer token")));
        };
    }

    /** The origins of {@code CORS_ALLOWED_ORIGINS} may call the API from a browser. */
    private static CorsConfigurationSource cors(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }

    private static Mono<Void> unauthorized(ServerHttpResponse response) {
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "A valid bearer token is required.");
    }
}
