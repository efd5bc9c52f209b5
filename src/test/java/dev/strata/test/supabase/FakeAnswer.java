package dev.strata.test.supabase;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the fake answers: a success body, a GoTrue error, or the gateway's own refusal. */
sealed interface FakeAnswer {

    int status();

    /** A success; a null body is an empty answer (204). */
    record Ok(int status, @Nullable Object body) implements FakeAnswer {
    }

    /**
     * GoTrue's error: {@code {code: <status>, error_code, msg}} by default, or
     * {@code {code: <error code>, message}} for API version 2024-01-01, plus extra members.
     */
    record Error(int status, String code, String message, Map<String, Object> extra) implements FakeAnswer {

        Map<String, Object> body(boolean version2024) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (version2024) {
                body.put("code", code);
                body.put("message", message);
            } else {
                body.put("code", status);
                body.put("error_code", code);
                body.put("msg", message);
            }
            body.putAll(extra);
            return body;
        }
    }

    /** The API gateway in front of GoTrue: {@code {message, hint}}, no error code. */
    record Gateway(int status, String message, String hint) implements FakeAnswer {
    }

    /** A proxy failure with a body that is not JSON at all, as load balancers send. */
    record Plain(int status, String text) implements FakeAnswer {
    }

    static FakeAnswer ok(Object body) {
        return new Ok(200, body);
    }

    static FakeAnswer error(int status, String code, String message) {
        return new Error(status, code, message, Map.of());
    }
}
