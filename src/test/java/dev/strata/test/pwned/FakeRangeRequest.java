package dev.strata.test.pwned;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request as it reached the fake Pwned Passwords API: everything it carried, so a test can
 * show what never left the service.
 *
 * @param method the HTTP method
 * @param uri the raw path and query
 * @param headers every header, names as the JDK server gives them
 * @param body the body, as text (a range request has none)
 */
public record FakeRangeRequest(String method, String uri, Map<String, List<String>> headers, String body) {

    static FakeRangeRequest read(HttpExchange exchange) throws IOException {
        return new FakeRangeRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    public @Nullable String header(String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
    }

    /** The whole request as one text, to look for a password or hash anywhere in it. */
    public String everything() {
        return method + " " + uri + " " + headers + " " + body;
    }
}
