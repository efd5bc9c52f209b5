package dev.strata.test.supabase;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A request to the fake, read whole.
 *
 * @param method the HTTP method
 * @param path the path below {@code /auth/v1}
 * @param query the query parameters
 * @param headers the first value of each header, by lower-cased name
 * @param body the JSON body; a missing node when there is none or it is not JSON
 */
record FakeRequest(String method, String path, Map<String, String> query, Map<String, String> headers, JsonNode body) {

    static FakeRequest read(HttpExchange exchange, ObjectMapper json) throws IOException {
        String path = exchange.getRequestURI().getPath().replaceFirst("^/auth/v1", "");
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body;
        try {
            body = bytes.length == 0 ? MissingNode.getInstance() : json.readTree(bytes);
        } catch (JacksonException e) {
            body = MissingNode.getInstance();
        }
        return new FakeRequest(exchange.getRequestMethod(), path, query, headers, body);
    }

    @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The token of {@code Authorization: Bearer ...}, if any. */
    @Nullable String bearer() {
        String authorization = header("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip() : null;
    }

    String text(String field) {
        JsonNode value = body.path(field);
        return value.isString() ? value.asString() : "";
    }
}
