package dev.strata.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
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
 * before any handler runs (the security chain's 401) writes with {@link #write}; the HTTP codec's
 * own refusals take the bytes of {@link #json}. A failure that carries no code of its own (a
 * missing route, a refused method or media type) gets its status's code and sentence from
 * {@link #forStatus}, never the framework's message, which can name Java classes.
 */
public final class Problems {

    // Plain, so the members keep the order they are put in: type, title, status, detail, code.
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final URI BLANK = URI.create("about:blank");

    /** The code and sentence of a status, for failures that carry none of their own. */
    private static final Map<HttpStatus, Known> STATUSES = Map.ofEntries(
            Map.entry(HttpStatus.BAD_REQUEST, new Known("malformed_request", "The request could not be read.")),
            Map.entry(HttpStatus.UNAUTHORIZED, new Known("unauthorized", "A valid bearer token is required.")),
            Map.entry(HttpStatus.FORBIDDEN, new Known("forbidden", "This request is not allowed.")),
            Map.entry(HttpStatus.NOT_FOUND, new Known("not_found", "There is nothing at this path.")),
            Map.entry(HttpStatus.METHOD_NOT_ALLOWED, new Known("method_not_allowed",
                    "This path does not take this method; the Allow header lists those it takes.")),
            Map.entry(HttpStatus.NOT_ACCEPTABLE, new Known("not_acceptable",
                    "No media type in the Accept header can be produced here; errors are always application/problem+json.")),
            Map.entry(HttpStatus.CONTENT_TOO_LARGE, new Known("payload_too_large", "The request body is over 1 MB.")),
            Map.entry(HttpStatus.URI_TOO_LONG, new Known("uri_too_long",
                    "The request line (method, path and query) is too long.")),
            Map.entry(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Known("unsupported_media_type",
                    "The request body must be application/json.")),
            Map.entry(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, new Known("headers_too_large",
                    "The request's headers are too large.")),
            Map.entry(HttpStatus.INTERNAL_SERVER_ERROR, new Known("internal_error", "Something went wrong on our side.")));

    private record Known(String code, String detail) {
    }

    private Problems() {
    }

    /** A problem with the status's reason as its title. */
    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        // Named even when blank, so every body has the same members whichever writer renders it.
        problem.setType(BLANK);
        problem.setProperty("code", code);
        return problem;
    }

    /** The problem of a status alone: its stable code and a sentence that names no class or input. */
    public static ProblemDetail forStatus(HttpStatus status) {
        Known known = STATUSES.get(status);
        return known == null ? of(status, status.name().toLowerCase(Locale.ROOT), status.getReasonPhrase())
                : of(status, known.code(), known.detail());
    }

    /**
     * Answers with the problem from outside the handler chain, where no message writer runs:
     * sets the status and content type and writes the body. Set further headers before calling.
     */
    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String code, String detail) {
        return write(response, of(status, code, detail));
    }

    /** {@link #write(ServerHttpResponse, HttpStatus, String, String)} of a problem already made. */
    public static Mono<Void> write(ServerHttpResponse response, ProblemDetail problem) {
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json(problem))));
    }

    /** The problem of {@code failure}, with its extra members, as {@link ProblemHandler} answers it. */
    static ProblemDetail of(ApiException failure) {
        ProblemDetail problem = of(failure.status(), failure.code(), failure.getMessage());
        failure.extra().forEach(problem::setProperty);
        return problem;
    }

    /** Answers with {@code failure} from outside the handler chain, with its {@code Retry-After} when it has one. */
    static Mono<Void> write(ServerHttpResponse response, ApiException failure) {
        response.getHeaders().putAll(headers(failure));
        return write(response, of(failure));
    }

    /** The headers {@code failure} answers with: {@code Retry-After} when it carries {@code retry_after}. */
    static HttpHeaders headers(ApiException failure) {
        HttpHeaders headers = new HttpHeaders();
        Object retryAfter = failure.extra().get("retry_after");
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return headers;
    }

    /** The body's bytes, for a writer below Spring (the HTTP codec's refusals). */
    static byte[] json(ProblemDetail problem) {
        return JSON.writeValueAsString(members(problem)).getBytes(StandardCharsets.UTF_8);
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
