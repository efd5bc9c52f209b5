package dev.strata.auth.supabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error answer of Supabase Auth, whatever its shape: {@code {code: <status>, error_code, msg}}
 * (the default), {@code {code: <error code>, message}} (API version 2024-01-01), the OAuth
 * {@code {error, error_description}} of older token endpoints, or the gateway's bare
 * {@code {message}}. Old servers without {@code error_code} are recognised by their sentences.
 *
 * @param status the HTTP status; 0 when no answer came at all
 * @param code the error code, such as {@code email_exists}; null when the answer has none
 * @param message the answer's sentence, for logs and problem details; Supabase never puts keys in it
 * @param reasons {@code weak_password.reasons}, such as {@code length}, {@code characters}, {@code pwned}
 */
record SupabaseError(int status, @Nullable String code, String message, List<String> reasons) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What servers older than error codes said, by the code they say it with now. */
    private static final Map<String, String> CODES_OF_OLD_MESSAGES = Map.of(
            "User already registered", "user_already_exists",
            "A user with this email address has already been registered", "email_exists",
            "Email not confirmed", "email_not_confirmed",
            "Invalid login credentials", "invalid_credentials",
            "User not found", "user_not_found");

    SupabaseError {
        reasons = List.copyOf(reasons);
    }

    static SupabaseError parse(int status, String body) {
        JsonNode json;
        try {
            json = body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return new SupabaseError(status, null, "HTTP " + status + (body.isBlank() ? " with an empty body" : " with a non-JSON body"),
                    List.of());
        }
        String message = firstText(json, "msg", "message", "error_description", "error");
        String code = firstText(json, "error_code");
        if (code == null && json.path("code").isString()) {
            code = json.path("code").asString();
        }
        if (code == null && message != null) {
            code = CODES_OF_OLD_MESSAGES.get(message);
        }
        if (code == null) {
            code = firstText(json, "error");
        }
        return new SupabaseError(status, code, message == null ? "HTTP " + status : message, reasons(json));
    }

    /** For an answer that never came: a refused connection, a timeout. */
    static SupabaseError noAnswer(String why) {
        return new SupabaseError(0, null, why, List.of());
    }

    boolean hasCode(String... codes) {
        return code != null && List.of(codes).contains(code);
    }

    private static List<String> reasons(JsonNode json) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode reason : json.path("weak_password").path("reasons").values()) {
            if (reason.isString()) {
                reasons.add(reason.asString());
            }
        }
        return reasons;
    }

    private static @Nullable String firstText(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        return null;
    }
}
