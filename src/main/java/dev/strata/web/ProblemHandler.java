package dev.strata.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.exc.MismatchedInputException;

/** Every API error as {@code application/problem+json} with a {@code code} member, made by {@link Problems}. */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return answer(Problems.of(e), Problems.headers(e));
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError field : e.getFieldErrors()) {
            errors.putIfAbsent(jsonName(field.getField()), field.getDefaultMessage());
        }
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "Some fields are invalid.");
        problem.setProperty("errors", errors);
        return answer(problem, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e) {
        return answer(Problems.forStatus(HttpStatus.CONTENT_TOO_LARGE), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        if (causedBy(e, DataBufferLimitException.class)) {
            return tooLarge(new ContentTooLargeException(e));
        }
        ResponseEntity<ProblemDetail> wrongType = wrongType(e);
        if (wrongType != null) {
            return wrongType;
        }
        String detail = causedBy(e, DecodingException.class) ? "The request body is not valid JSON of the expected shape."
                : "The request could not be read.";
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "malformed_request", detail), HttpHeaders.EMPTY);
    }

    /**
     * Well-formed JSON with a field of the wrong type ({@code "password": 12345678901} where text is
     * declared): 422 naming the field like any invalid field, not 400, because the body was read.
     */
    private static @Nullable ResponseEntity<ProblemDetail> wrongType(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                    && mismatch.getPath().getLast().getPropertyName() != null) {
                String expected = mismatch.getTargetType() == String.class ? "must be a string" : "has the wrong type";
                ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "Some fields are invalid.");
                problem.setProperty("errors", Map.of(mismatch.getPath().getLast().getPropertyName(), expected));
                return ResponseEntity.unprocessableContent().body(problem);
            }
        }
        return null;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        // The reason is the framework's sentence (a 415's names the Java type of the body): not for clients.
        // Its headers are kept: a 405's Allow, a 415's Accept.
        return answer(Problems.forStatus(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status), e.getHeaders());
    }

    @ExceptionHandler(DependencyUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(DependencyUnavailable e) {
        Outages.log(e);
        return api(e);
    }

    /**
     * Anything unexpected: a dependency's outage is a 503, the rest logged with its stack trace and
     * answered without it. A client that went away mid-request is nobody's error and has no one to
     * answer: it goes back to the server, which notes it at DEBUG.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e;
        }
        DependencyUnavailable outage = Outages.of(e);
        if (outage != null) {
            return unavailable(outage);
        }
        log.error("Unexpected error", e);
        return answer(Problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR), HttpHeaders.EMPTY);
    }

    /**
     * The problem with its content type named: then no Accept header is consulted, so a client that
     * asked for {@code text/csv}, {@code text/*} or something unparsable still gets problem JSON.
     */
    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The API's JSON members are snake_case: {@code fullName} is {@code full_name} on the wire. */
    private static String jsonName(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
