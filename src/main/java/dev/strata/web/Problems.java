package dev.strata.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one maker of problem bodies: RFC 9457 {@code application/problem+json} with a stable
 * {@code code} member. {@link ProblemHandler} answers with {@link #of}; a web filter that answers
 * before any handler runs (the security chain's 401) writes with {@link #write}.
 */
public final class Problems {

    // Plain, so the members keep the order they are put in: type, title, status, detail, code.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** A problem with the status's reason as its title. */
    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * Answers with the problem from outside the handler chain, where no message writer runs:
     * sets the status and content type and writes the body. Set further headers before calling.
     */
    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String code, String detail) {
        return write(response, status, of(status, code, detail));
    }

    /** The problem of {@code failure}, with its extra members, as {@link ProblemHandler} answers it. */
    static ProblemDetail of(ApiException failure) {
        ProblemDetail problem = of(failure.status(), failure.code(), failure.getMessage());
        failure.extra().forEach(problem::setProperty);
        return problem;
    }

    /** Answers with {@code failure} from outside the handler chain, with its {@code Retry-After} when it has one. */
    static Mono<Void> write(ServerHttpResponse response, ApiException failure) {
        Object retryAfter = failure.extra().get("retry_after");
        if (retryAfter != null) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return write(response, failure.status(), of(failure));
    }

    private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, ProblemDetail problem) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = JSON.writeValueAsString(members(problem)).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        // No type means about:blank (RFC 9457, 4.2.1); this body always names it.
        members.put("type", Objects.toString(problem.getType(), "about:blank"));
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
