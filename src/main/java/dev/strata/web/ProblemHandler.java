package dev.strata.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/** Every API error as {@code application/problem+json} with a {@code code} member, made by {@link Problems}. */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail problem = Problems.of(e);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        Object retryAfter = e.extra().get("retry_after");
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return response.body(problem);
    }

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<ProblemDetail> invalid(WebExchangeBindException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError field : e.getFieldErrors()) {
            errors.putIfAbsent(jsonName(field.getField()), field.getDefaultMessage());
        }
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "Some fields are invalid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "The request body is over 1 MB."));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        if (causedBy(e, DataBufferLimitException.class)) {
            return tooLarge(new ContentTooLargeException(e));
        }
        String detail = causedBy(e, DecodingException.class) ? "The request body is not valid JSON of the expected shape."
                : "The request could not be read.";
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed_request", detail));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        HttpStatus known = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        String code = known.name().toLowerCase(Locale.ROOT);
        return ResponseEntity.status(known).body(Problems.of(known, code, e.getReason() == null ? known.getReasonPhrase() : e.getReason()));
    }

    @ExceptionHandler(DependencyUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(DependencyUnavailable e) {
        OutageHandler.log(e);
        return api(e);
    }

    /** Anything unexpected: a dependency's outage is a 503, the rest logged with its stack trace and answered without it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        DependencyUnavailable outage = Outages.of(e);
        if (outage != null) {
            return unavailable(outage);
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Something went wrong on our side."));
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
