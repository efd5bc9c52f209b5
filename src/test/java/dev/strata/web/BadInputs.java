package dev.strata.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bad-input corpus: every endpoint crossed with every fault (bodies, methods, paths, headers,
 * Authorization forms), as raw request bytes. A request whose body would register a user names
 * the email it uses, so a test can tell which rows a request may have created.
 */
final class BadInputs {

    /** What an answer may be. */
    enum Expect {
        /** 2xx, or 4xx with a problem body. */
        ANSWERED,
        /** 4xx with a problem body. */
        REFUSED,
        /** 4xx with a problem body, once JSON input is strict (control characters, types, bcrypt's 72 bytes). */
        REFUSED_WHEN_STRICT
    }

    record BadInput(String name, byte[] request, boolean head, Expect expect, @Nullable String email) {
    }

    /** An endpoint and its valid request: method, path, a body made for an email (or null), the Authorization value. */
    record Endpoint(String method, String path, @Nullable String bodyTemplate, String authorization) {

        @Nullable String body(String email) {
            return bodyTemplate == null ? null : bodyTemplate.replace("EMAIL", email);
        }
    }

    private static final String CRLF = "\r\n";

    private final List<BadInput> inputs = new ArrayList<>();

    private BadInputs() {
    }

    static List<BadInput> corpus(List<Endpoint> endpoints, String password) {
        BadInputs corpus = new BadInputs();
        for (Endpoint endpoint : endpoints) {
            new BadInputFaults(corpus, endpoint, password).addAll();
        }
        return corpus.inputs;
    }

    /** Adds one input; the email is recorded when the request carries a registration body. */
    void add(String name, Expect expect, Endpoint endpoint, String method, String target, List<String> headers,
            byte @Nullable [] body, @Nullable String email) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1").append(CRLF);
        head.append("Host: localhost").append(CRLF);
        for (String header : headers) {
            head.append(header).append(CRLF);
        }
        if (body != null && headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Content-Length", 0, 14)
                || h.regionMatches(true, 0, "Transfer-Encoding", 0, 17))) {
            head.append("Content-Length: ").append(body.length).append(CRLF);
        }
        head.append(CRLF);
        request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            request.writeBytes(body);
        }
        boolean registers = endpoint.path().equals("/auth/register") && email != null;
        inputs.add(new BadInput(endpoint.method() + " " + endpoint.path() + ": " + name, request.toByteArray(),
                method.equals("HEAD"), expect, registers ? email : null));
    }

    static String uniqueEmail() {
        return "corpus-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }
}
