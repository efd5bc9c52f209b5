package dev.strata.web;

import dev.strata.web.BadInputs.Expect;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults of one endpoint's request line and headers: odd methods, paths and queries, broken,
 * oversized and unusual headers, and Authorization forms. The body, when the endpoint takes one,
 * is valid, so only the fault decides the answer.
 */
final class BadRequestLines {

    /** A JWT whose header says alg none, with no signature. */
    private static final String UNSIGNED = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJub2JvZHkifQ.";

    private final BadInputFaults faults;
    private final String path;

    BadRequestLines(BadInputFaults faults) {
        this.faults = faults;
        this.path = faults.endpoint.path();
    }

    void addAll() {
        methods();
        paths();
        headers();
        authorizations();
    }

    private void methods() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH", "FOO", "TRACE", "PROPFIND", "CONNECT", "OPTIONS", "HEAD"}) {
            send("method " + method, Expect.ANSWERED, method, path, List.of());
        }
        send("lower-case method", Expect.ANSWERED, faults.endpoint.method().toLowerCase(java.util.Locale.ROOT), path, List.of());
        send("method with a separator", Expect.REFUSED, "G(T", path, List.of());
    }

    private void paths() {
        String[] answered = {path + "/", "/" + path, path + "/.", path + ";jsessionid=1", path + "?" + "q=".repeat(1000),
            path + "?a=%ff", path.toUpperCase(java.util.Locale.ROOT), "http://localhost" + path, path + "/%C3%A9",
            path + "#fragment", path + "?scope=global&scope=%00"};
        for (String target : answered) {
            send("target " + abbreviated(target), Expect.ANSWERED, faults.endpoint.method(), target, List.of());
        }
        String[] refused = {path.replaceFirst("/", "/x/%2e%2e/"), path.replaceFirst("/", "/x/../"), path.replace("/", "%2f"),
            path + "%00", path + "?%00=x", path + "/" + "a".repeat(10_000), path + "\\x", path + "%", path + "?a=%%", "*",
            path.replaceFirst("/", "/\u00e9/")};
        for (String target : refused) {
            send("target " + abbreviated(target), Expect.REFUSED, faults.endpoint.method(), target, List.of());
        }
    }

    private void headers() {
        send("one 20 KB header", Expect.REFUSED, List.of("X-Big: " + "a".repeat(20_000)));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add("X-Many-" + i + ": " + "b".repeat(60));
        }
        send("200 headers", Expect.REFUSED, many);
        for (String accept : new String[] {"foo", "text/csv", "text/*", "application/xml", "application/json;q=0", "a/b/c"}) {
            send("Accept " + accept, Expect.ANSWERED, List.of("Accept: " + accept));
        }
        send("foreign Origin", Expect.REFUSED, List.of("Origin: http://evil.example"));
        send("foreign preflight", Expect.REFUSED, "OPTIONS", path,
                List.of("Origin: http://evil.example", "Access-Control-Request-Method: POST"));
        send("Origin null", Expect.REFUSED, List.of("Origin: null"));
        send("control character in a header", Expect.REFUSED, List.of("X-Odd: a\u0001b"));
        send("NUL in a header", Expect.REFUSED, List.of("X-Odd: a\u0000b"));
        send("space in a header name", Expect.REFUSED, List.of("X Odd: 1"));
        // Netty unfolds an obsolete line folding rather than refusing it.
        send("folded header", Expect.ANSWERED, List.of("X-Odd: a", " folded"));
        send("second Host", Expect.ANSWERED, List.of("Host: elsewhere.example"));
        send("Expect unknown", Expect.ANSWERED, List.of("Expect: teapot"));
        send("Forwarded garbage", Expect.ANSWERED, List.of("Forwarded: for=\"[::1\";;;", "X-Forwarded-For: <script>"));
        send("Cookie garbage", Expect.ANSWERED, List.of("Cookie: ;;=;\u00e9=\u00e9"));
        send("Range garbage", Expect.ANSWERED, List.of("Range: bytes=z-"));
        send("bidi in a header", Expect.ANSWERED, List.of("X-Name: \u202eevil"));
    }

    private void authorizations() {
        String[] forms = {"Bearer", "Bearer    ", "Basic Zm9vOmJhcg==", "Bearer a.b.c", "Bearer " + "x".repeat(6000),
            "Bearer " + UNSIGNED, "Bearer \u202eabc", "Digest username=x", "Token abc", "Bearer\tabc", "Bearer abc\u0000"};
        for (String form : forms) {
            boolean nul = form.indexOf('\u0000') >= 0;
            sendAs("Authorization " + abbreviated(form), nul ? Expect.REFUSED : Expect.ANSWERED, List.of("Authorization: " + form));
        }
        sendAs("two Authorization headers", Expect.ANSWERED, List.of("Authorization: Bearer a.b.c", "Authorization: Basic eA=="));
    }

    private void send(String name, Expect expect, List<String> headers) {
        send(name, expect, faults.endpoint.method(), path, headers);
    }

    private void send(String name, Expect expect, String method, String target, List<String> extra) {
        List<String> headers = new ArrayList<>(faults.auth());
        headers.addAll(extra);
        request(name, expect, method, target, headers);
    }

    /** With the given Authorization in place of the endpoint's own. */
    private void sendAs(String name, Expect expect, List<String> authorization) {
        request(name, expect, faults.endpoint.method(), path, authorization);
    }

    private void request(String name, Expect expect, String method, String target, List<String> headers) {
        List<String> all = new ArrayList<>(headers);
        String email = BadInputs.uniqueEmail();
        String body = faults.endpoint.body(email);
        if (body != null) {
            all.add("Content-Type: application/json");
        }
        faults.corpus.add(name, expect, faults.endpoint, method, target, all,
                body == null ? null : BadInputFaults.bytes(body), body == null ? null : email);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + ")" : text;
    }
}
