package dev.strata.web;

import dev.strata.web.BadInputs.Endpoint;
import dev.strata.web.BadInputs.Expect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The faults of one endpoint's request: its body (here) and its request line and headers ({@link BadRequestLines}). */
final class BadInputFaults {

    /** Characters no email (or password) should carry: controls, bidi overrides and isolates, invisible ones. */
    private static final String[] ODD_CHARACTERS = {"\u0000", "\u0007", "\u001b", "\u007f", "\u202e", "\u2066", "\u200b", "\ufeff"};

    final BadInputs corpus;
    final Endpoint endpoint;
    final String password;
    /** Whether the endpoint reads a body: only then can a body fault be refused. */
    private final boolean reads;

    BadInputFaults(BadInputs corpus, Endpoint endpoint, String password) {
        this.corpus = corpus;
        this.endpoint = endpoint;
        this.password = password;
        this.reads = endpoint.bodyTemplate() != null;
    }

    void addAll() {
        characters();
        types();
        structure();
        contentTypes();
        framing();
        new BadRequestLines(this).addAll();
    }

    private void characters() {
        for (String odd : ODD_CHARACTERS) {
            String hex = String.format("U+%04X", (int) odd.charAt(0));
            String email = BadInputs.uniqueEmail();
            // Escaped in JSON (\u0000) and as raw UTF-8 (a raw control character is not JSON at all).
            json("email with escaped " + hex, strictly(), template(email).replace(email, "\\u" + hex.substring(2) + email), email);
            json("email with raw " + hex, strictly(), template(email).replace(email, odd + email), email);
        }
        String email = BadInputs.uniqueEmail();
        json("full_name with NUL", strictly(), template(email).replace("Corpus", "Cor\\u0000pus"), email);
        email = BadInputs.uniqueEmail();
        json("full_name with bidi override", Expect.ANSWERED, template(email).replace("Corpus", "\u202eCorpus"), email);
        email = BadInputs.uniqueEmail();
        json("password over 72 bytes", strictly(), template(email).replace(password, "é".repeat(40)), email);
    }

    private void types() {
        for (String value : new String[] {"12345", "true", "[\"a@example.com\"]", "{\"a\":1}", "null", "1e999999"}) {
            String email = BadInputs.uniqueEmail();
            json("email as " + value, refused(), template(email).replace("\"" + email + "\"", value), email);
        }
        String email = BadInputs.uniqueEmail();
        json("password as a number", strictly(), template(email).replace("\"" + password + "\"", "93817264"), email);
    }

    private void structure() {
        String email = BadInputs.uniqueEmail();
        String valid = template(email);
        json("truncated", refused(), valid.substring(0, valid.length() / 2), null);
        json("array", refused(), "[]", null);
        json("null", refused(), "null", null);
        json("string", refused(), "\"text\"", null);
        json("empty object", refused(), "{}", null);
        json("comment", refused(), "/* x */" + template(BadInputs.uniqueEmail()), null);
        json("nested 5000 deep", refused(), "[".repeat(5000) + "]".repeat(5000), null);
        json("300 KB email", refused(), template(email).replace(email, "a".repeat(300_000) + "@example.com"), null);
        body("over 1 MB", refused(), "application/json", ("{\"email\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8), null);
        body("invalid UTF-8", refused(), "application/json", bytes("{\"email\":\"", new byte[] {(byte) 0xff, (byte) 0xfe}, "\"}"), null);
        email = BadInputs.uniqueEmail();
        json("duplicate member", Expect.ANSWERED, template(email).replace("{", "{\"email\":\"x@example.com\","), email);
        email = BadInputs.uniqueEmail();
        json("trailing garbage", Expect.ANSWERED, template(email) + " tail", email);
        email = BadInputs.uniqueEmail();
        json("unknown member", Expect.ANSWERED, template(email).replace("{", "{\"admin\":true,"), email);
        body("byte order mark", Expect.ANSWERED, "application/json", bytes("\ufeff" + template(BadInputs.uniqueEmail())), null);
        body("empty", refused(), "application/json", new byte[0], null);
    }

    private void contentTypes() {
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "foo", "application/json; charset=nope"}) {
            String email = BadInputs.uniqueEmail();
            body("Content-Type " + type, refused(), type, bytes(template(email)), email);
        }
        String email = BadInputs.uniqueEmail();
        body("no Content-Type", refused(), null, bytes(template(email)), email);
        email = BadInputs.uniqueEmail();
        // Any application/*+json is JSON to the server.
        body("merge-patch+json", Expect.ANSWERED, "application/merge-patch+json", bytes(template(BadInputs.uniqueEmail())), null);
        body("Latin-1 charset", Expect.ANSWERED, "application/json; charset=ISO-8859-1", bytes(template(email)), email);
    }

    private void framing() {
        String json = template(BadInputs.uniqueEmail());
        raw("Content-Length not a number", Expect.REFUSED, List.of("Content-Length: abc"), bytes(json));
        raw("two Content-Lengths", Expect.REFUSED, List.of("Content-Length: 2", "Content-Length: 3"), bytes("{}x"));
        // A bad chunk is found only when the body is read: an endpoint that reads none may answer first.
        raw("chunk size not hex", endpoint.bodyTemplate() != null ? Expect.REFUSED : Expect.ANSWERED,
                List.of("Transfer-Encoding: chunked"), bytes("zz\r\nabc\r\n0\r\n\r\n"));
        raw("chunked and Content-Length", Expect.ANSWERED, List.of("Transfer-Encoding: chunked", "Content-Length: 5"),
                bytes("2\r\n{}\r\n0\r\n\r\n"));
        // The server does not decode a Content-Encoding: a JSON body so labelled is still read as JSON.
        raw("gzip said, not sent", Expect.ANSWERED, List.of("Content-Encoding: gzip"), bytes(json));
    }

    /** The endpoint's valid body for this email (the login's password, a refresh token that is not one). */
    String template(String email) {
        String body = endpoint.body(email);
        return body == null ? "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"full_name\":\"Corpus\"}" : body;
    }

    private Expect refused() {
        return reads ? Expect.REFUSED : Expect.ANSWERED;
    }

    private Expect strictly() {
        return reads ? Expect.REFUSED_WHEN_STRICT : Expect.ANSWERED;
    }

    private void json(String name, Expect expect, String json, @Nullable String email) {
        body(name, expect, "application/json", bytes(json), email);
    }

    private void body(String name, Expect expect, @Nullable String contentType, byte[] body, @Nullable String email) {
        List<String> headers = new ArrayList<>(auth());
        if (contentType != null) {
            headers.add("Content-Type: " + contentType);
        }
        corpus.add(name, expect, endpoint, endpoint.method(), endpoint.path(), headers, body, email);
    }

    private void raw(String name, Expect expect, List<String> framing, byte[] body) {
        List<String> headers = new ArrayList<>(auth());
        headers.add("Content-Type: application/json");
        headers.addAll(framing);
        corpus.add(name, expect, endpoint, endpoint.method(), endpoint.path(), headers, body, null);
    }

    List<String> auth() {
        return endpoint.authorization().isEmpty() ? List.of() : List.of("Authorization: " + endpoint.authorization());
    }

    static byte[] bytes(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] head = bytes(before);
        byte[] tail = bytes(after);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }
}
