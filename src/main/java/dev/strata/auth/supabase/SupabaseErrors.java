package dev.strata.auth.supabase;

import dev.strata.web.ApiException;
import dev.strata.web.Dependency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Supabase Auth's failures in the service's terms. What the caller can act on keeps its meaning
 * ({@code email_exists}, {@code weak_password}, {@code email_not_confirmed}, rate limits); what
 * only the operator can fix (a refused API key, Supabase down or too slow) is a 503
 * {@code dependency_unavailable} naming {@code auth_provider} for the caller and a log line naming the cause.
 */
final class SupabaseErrors {

    private static final Logger log = LoggerFactory.getLogger(SupabaseErrors.class);
    private static final Pattern SECONDS = Pattern.compile("after (\\d{1,6}) seconds?");
    private static final long DEFAULT_RETRY_AFTER = 60;
    private static final Map<String, String> REASONS = Map.of(
            "length", "too short for the Supabase project's password policy",
            "characters", "must mix the kinds of characters the Supabase project requires",
            "pwned", "appears in a known data breach; choose another");

    private SupabaseErrors() {
    }

    static ApiException toApi(SupabaseAuthException failure) {
        SupabaseError error = failure.error();
        if (error.hasCode("email_exists", "user_already_exists")) {
            return emailExists();
        }
        if (error.hasCode("weak_password")) {
            return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "weak_password", "The password is too weak: " + error.message(),
                    Map.of("reasons", error.reasons().stream().map(reason -> REASONS.getOrDefault(reason, reason)).toList()));
        }
        if (error.hasCode("invalid_credentials", "invalid_grant")) {
            return invalidCredentials();
        }
        if (error.hasCode("email_not_confirmed")) {
            return new ApiException(HttpStatus.FORBIDDEN, "email_not_confirmed",
                    "Confirm the email address first: follow the link in the confirmation email.");
        }
        if (error.hasCode("user_banned")) {
            return new ApiException(HttpStatus.FORBIDDEN, "user_banned", "This account is suspended.");
        }
        if (error.hasCode("signup_disabled", "email_provider_disabled")) {
            return new ApiException(HttpStatus.FORBIDDEN, "signup_disabled", "New accounts are not accepted at the moment.");
        }
        if (error.status() == 429 || error.code() != null && error.code().startsWith("over_")) {
            return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                    "Supabase Auth is limiting these requests (" + error.message() + "); try again later.",
                    Map.of("retry_after", retryAfter(failure)));
        }
        if (error.hasCode("validation_failed", "email_address_invalid", "email_address_not_authorized")) {
            return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "Some fields are invalid.",
                    Map.of("errors", fieldErrors(error)));
        }
        return operatorProblem(failure);
    }

    /** The built-in provider's answer, word for word. */
    static ApiException emailExists() {
        return new ApiException(HttpStatus.CONFLICT, "email_exists", "An account with this email already exists.");
    }

    /** The built-in provider's answer, word for word, so the two modes cannot be told apart by it. */
    static ApiException invalidCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials", "Invalid email or password.");
    }

    private static ApiException operatorProblem(SupabaseAuthException failure) {
        int status = failure.error().status();
        if (status == 401 || status == 403) {
            log.error("Supabase Auth refused the service's API key ({}): check SUPABASE_ANON_KEY and "
                    + "SUPABASE_SERVICE_ROLE_KEY (or the publishable and secret keys) against SUPABASE_URL's project", failure.getMessage());
        } else if (status == 0 || status >= 500) {
            log.warn("Supabase Auth is unavailable: {}", failure.getMessage());
        } else {
            log.error("Supabase Auth answered unexpectedly: {}", failure.getMessage());
            return new ApiException(HttpStatus.BAD_GATEWAY, "auth_provider_error",
                    "The sign-in service refused the request unexpectedly.");
        }
        return Dependency.AUTH_PROVIDER.unavailable(failure.getMessage());
    }

    private static long retryAfter(SupabaseAuthException failure) {
        if (failure.retryAfterSeconds() != null) {
            return Math.max(1, failure.retryAfterSeconds());
        }
        Matcher seconds = SECONDS.matcher(failure.error().message());
        return seconds.find() ? Math.max(1, Long.parseLong(seconds.group(1))) : DEFAULT_RETRY_AFTER;
    }

    private static Map<String, String> fieldErrors(SupabaseError error) {
        String message = error.message();
        if (error.code() != null && error.code().startsWith("email_address")) {
            return Map.of("email", message);
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String field : List.of("email", "password")) {
            if (lower.contains(field)) {
                return Map.of(field, message);
            }
        }
        return Map.of();
    }
}
